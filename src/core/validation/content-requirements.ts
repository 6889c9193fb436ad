/**
 * samarkiv's requirements for the content of a delivery (issue 6): format identification and the
 * format policy, file names, encryption, PDF/A claims and virus scanning, after the Swedish
 * checkpoints K06–K11. Documented in docs/requirements.md; IDs are never reused. Every one is
 * not applicable when the content checks did not run (PackageContext.content undefined).
 */
import type { Requirement } from './requirement.ts';

export const CONTENT_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'SAMARKIV-FMT-1',
    level: 'SHOULD',
    title: {
      en: 'The format of every content file is identified',
      sv: 'Formatet för varje innehållsfil är identifierat',
    },
    text: 'Every file except the METS documents, schemas/ and metadata/ is identified as a PRONOM format (PUID) from the DROID signature files (checkpoint K06).',
  },
  {
    id: 'SAMARKIV-FMT-2',
    level: 'MUST',
    title: {
      en: 'The format of every content file is allowed by the format policy',
      sv: 'Formatet för varje innehållsfil är tillåtet enligt formatpolicyn',
    },
    text: 'No content file is in a format the policy refuses, or in a format it does not decide on (verdict unknown, which includes files that could not be identified) (checkpoint K07).',
  },
  {
    id: 'SAMARKIV-FMT-3',
    level: 'SHOULD',
    title: {
      en: 'No content file is in a format the policy accepts only after conversion',
      sv: 'Ingen innehållsfil har ett format som policyn bara godtar efter konvertering',
    },
    text: 'Files in a format whose policy verdict is conversion are reported with the format to convert to (convertTo), so they are converted before preservation (RA-FS 2009:2 1 kap. 4 §).',
  },
  {
    id: 'SAMARKIV-NAME-1',
    level: 'SHOULD',
    title: {
      en: 'File names follow the naming rule',
      sv: 'Filnamnen följer namnregeln',
    },
    text: 'The name of every file except METS.xml and files in schemas/ (names the specifications fix) matches the configured naming rule; by default letters a–z, digits, "-" and "_", and exactly one extension (checkpoint K11).',
  },
  {
    id: 'SAMARKIV-ENC-1',
    level: 'MUST',
    title: {
      en: 'No file is encrypted or password-protected',
      sv: 'Ingen fil är krypterad eller lösenordsskyddad',
    },
    text: 'No file of the package is encrypted or password-protected, as found by content inspection (PDF, ZIP entries, OOXML, ODF) or by its identified format (checkpoint K09).',
  },
  {
    id: 'SAMARKIV-PDF-1',
    level: 'MUST',
    title: {
      en: 'A file that claims PDF/A conforms to its claim',
      sv: 'En fil som anger att den är PDF/A uppfyller det',
    },
    text: 'A file whose XMP metadata claims a PDF/A part and conformance level holds that claim, wherever the tools available could check it (checkpoint K08).',
  },
  {
    id: 'SAMARKIV-PDF-2',
    level: 'MAY',
    title: {
      en: 'Every PDF/A claim could be verified',
      sv: 'Varje PDF/A-angivelse kunde kontrolleras',
    },
    text: 'PDF/A claims that no available tool could check (a part or level beyond the tools, or no PDF inspection configured) are listed for information; they are not failures of SAMARKIV-PDF-1.',
  },
  {
    id: 'SAMARKIV-VIR-1',
    level: 'MUST',
    title: {
      en: 'No virus is found in any file',
      sv: 'Inget virus hittas i någon fil',
    },
    text: 'The configured virus scanner finds nothing in any file of the package (checkpoint K10).',
  },
  {
    id: 'SAMARKIV-VIR-2',
    level: 'SHOULD',
    title: {
      en: 'Every file was scanned for viruses',
      sv: 'Varje fil har virussökts',
    },
    text: 'A virus scanner is configured and every file of the package was scanned; when no scanner is configured, the report says so (checkpoint K10).',
  },
];
