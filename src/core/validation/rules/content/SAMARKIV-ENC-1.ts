/**
 * SAMARKIV-ENC-1 — "No file of the package is encrypted or password-protected, as found by content
 * inspection (PDF, ZIP entries, OOXML, ODF) or by its identified format (checkpoint K09)."
 *
 * Two sources, one finding per file: the content inspector's verdict (FileFacts.content.encrypted)
 * and identification as a format that is encrypted by definition (an encrypted OOXML file is an
 * OLE2 container PRONOM names fmt/494), so encryption is caught even where no inspector handles
 * the format. Applies to every file: an encrypted metadata file is as unreadable as a record. A
 * file the inspector could not open (inspectionError) is not called encrypted here.
 * Not applicable when neither identification nor content inspection ran.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { allFiles, formatLabel } from './content-files.ts';

/** PRONOM formats that are encrypted or password-protected by definition (DROID V118 names). */
export const ENCRYPTED_FORMAT_PUIDS: ReadonlySet<string> = new Set([
  'fmt/494', // Microsoft Office Encrypted Document (2007 onwards)
  'fmt/754', // Microsoft Word Document (Password Protected) 97-2003
  'fmt/755', // Microsoft Word Document Template (Password Protected) 97-2003
  'fmt/1807', // Microsoft Access Encrypted Database File 1.0
  'fmt/1808', // … 1.1
  'fmt/1809', // … 2.0
  'fmt/1424', // WordPerfect Encrypted Document 4.2
  'fmt/887', // SafeGuard Encrypted Virtual Disk
  'fmt/843', // AccessData Custom Content Image (Encrypted)
]);

export const SAMARKIV_ENC_1: Rule = {
  id: 'SAMARKIV-ENC-1',
  check(ctx) {
    // Without content checks nothing was inspected: no need to list 100,000 files to say so.
    const files = ctx.content ? [...allFiles(ctx)] : [];
    const inspected = files.some((f) => f.facts?.content);
    if (!ctx.content || (!ctx.content.signatureVersions && !inspected)) {
      return notApplicable(
        'Neither format identification nor content inspection ran',
        'Varken formatidentifiering eller innehållsgranskning kördes',
      );
    }
    const findings: Finding[] = [];
    for (const { path, facts } of files) {
      const content = facts?.content;
      const puid = facts?.format?.puid;
      if (content?.encrypted) {
        const detail = content.encryptionDetail ? `: ${content.encryptionDetail}` : '';
        findings.push(
          finding(
            `${path} is encrypted or password-protected${detail}`,
            `${path} är krypterad eller lösenordsskyddad${detail}`,
            { file: path },
          ),
        );
      } else if (puid && ENCRYPTED_FORMAT_PUIDS.has(puid)) {
        findings.push(
          finding(
            `${path} is identified as ${formatLabel(facts)}, an encrypted or password-protected format`,
            `${path} är identifierad som ${formatLabel(facts)}, ett krypterat eller lösenordsskyddat format`,
            { file: path },
          ),
        );
      }
    }
    return findings;
  },
};
