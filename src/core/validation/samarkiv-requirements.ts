/**
 * samarkiv's own requirements: checks every archive needs that the E-ARK profiles leave implicit
 * (schema validity, referenced metadata valid, no unreferenced files, checksums computable).
 * Documented in docs/requirements.md like the E-ARK ones; IDs are never reused.
 */
import type { Requirement } from './requirement.ts';

export const SAMARKIV_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'SAMARKIV-XSD-1',
    level: 'MUST',
    title: {
      en: 'Every METS document is valid against METS 1.12 and the DILCIS extension schemas',
      sv: 'Varje METS-dokument är giltigt mot METS 1.12 och DILCIS-tilläggsscheman',
    },
    text: 'The package METS and every representation METS validate against the shipped METS 1.12, xlink and DILCIS CSIP/SIP extension schemas.',
  },
  {
    id: 'SAMARKIV-XSD-2',
    level: 'MUST',
    title: {
      en: 'Referenced PREMIS and EAD metadata is valid against its schema',
      sv: 'Refererade PREMIS- och EAD-metadata är giltiga mot sitt schema',
    },
    text: 'Metadata files referenced from dmdSec/amdSec in PREMIS 2/3, EAD 2002 or EAD3 validate against the shipped schemas.',
  },
  {
    id: 'SAMARKIV-REF-1',
    level: 'SHOULD',
    title: {
      en: 'Every file in the package is referenced from a METS document',
      sv: 'Varje fil i paketet refereras från ett METS-dokument',
    },
    text: 'Files present in the package but referenced neither from a fileSec nor from a metadata section are reported, so nothing is delivered without description.',
  },
  {
    id: 'SAMARKIV-REF-2',
    level: 'MUST',
    title: {
      en: 'Every ID reference (ADMID, DMDID, FILEID) resolves within its METS document',
      sv: 'Varje ID-referens (ADMID, DMDID, FILEID) pekar på ett ID i samma METS-dokument',
    },
    text: 'IDREF attributes point to existing IDs in the same document, and IDs are unique within it.',
  },
  {
    id: 'SAMARKIV-SUM-1',
    level: 'SHOULD',
    title: {
      en: 'Checksums use an algorithm the archive can verify',
      sv: 'Kontrollsummor använder en algoritm som arkivet kan verifiera',
    },
    text: 'CHECKSUMTYPE values that no available library computes (HAVAL, MNP, TIGER, and WHIRLPOOL where OpenSSL lacks it) cannot be verified and are reported.',
  },
];
