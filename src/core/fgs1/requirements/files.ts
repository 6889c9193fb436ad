/** FGS1-FILE, FGS1-LOC, FGS1-MD: the files and metadata a 1.x package lists, verified against the files. */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

const FILE = '/mets/fileSec/fileGrp/file';

export const FGS1_FILES: readonly Requirement[] = [
  requirement(
    'FGS1-FILE-1',
    'MUST',
    { en: 'sip.xml lists the delivered files', sv: 'sip.xml förtecknar de levererade filerna' },
    'sip.xml has a fileSec with at least one file.',
    '/mets/fileSec',
  ),
  requirement(
    'FGS1-FILE-2',
    'MUST',
    { en: 'Every file has a unique ID', sv: 'Varje fil har ett unikt ID' },
    'Every file element has an ID that is a valid xs:ID (starts with a letter or "_", no colon or space) and unique in sip.xml.',
    `${FILE}/@ID`,
  ),
  requirement(
    'FGS1-FILE-3',
    'MUST',
    { en: 'Every file states its media type', sv: 'Varje fil anger sin medietyp' },
    'Every file has a MIMETYPE that is a media type (`type/subtype`).',
    `${FILE}/@MIMETYPE`,
  ),
  requirement(
    'FGS1-FILE-4',
    'MUST',
    { en: 'Every file states its size, and it is right', sv: 'Varje fil anger sin storlek, och den stämmer' },
    'Every file has a SIZE in bytes equal to the size of the file its FLocat points to.',
    `${FILE}/@SIZE`,
  ),
  requirement(
    'FGS1-FILE-5',
    'MUST',
    {
      en: 'Every file has a checksum, and it is right',
      sv: 'Varje fil har en kontrollsumma, och den stämmer',
    },
    'Every file has CHECKSUM and CHECKSUMTYPE; the type is a METS checksum type and the checksum equals the digest of the file its FLocat points to (hex compared without letter case: public 1.x scripts write upper case). Kontrollpunkt K04.',
    `${FILE}/@CHECKSUM`,
  ),
  requirement(
    'FGS1-FILE-6',
    'SHOULD',
    { en: 'Checksums are SHA-256', sv: 'Kontrollsummorna är SHA-256' },
    'CHECKSUMTYPE is `SHA-256`, the algorithm FGS practice uses.',
    `${FILE}/@CHECKSUMTYPE`,
  ),
  requirement(
    'FGS1-FILE-7',
    'SHOULD',
    { en: 'Every file states when it was created', sv: 'Varje fil anger när den skapades' },
    'Every file has CREATED as an xs:dateTime (a time zone is not required). It maps unchanged to CSIP70.',
    `${FILE}/@CREATED`,
  ),
  requirement(
    'FGS1-LOC-1',
    'MUST',
    { en: 'Every file has one location', sv: 'Varje fil har en plats' },
    'Every file has exactly one FLocat with LOCTYPE="URL" and an xlink:href.',
    `${FILE}/FLocat`,
  ),
  requirement(
    'FGS1-LOC-2',
    'MUST',
    {
      en: 'Every file location leads to a file in the package',
      sv: 'Varje filplats leder till en fil i paketet',
    },
    'Every FLocat xlink:href resolves to a file of the package: `file:///content/1/a.pdf` means `content/1/a.pdf` from the package root. Paths are case-sensitive.',
    `${FILE}/FLocat/@xlink:href`,
  ),
  requirement(
    'FGS1-LOC-3',
    'SHOULD',
    { en: 'File locations use the file:/// form', sv: 'Filplatser skrivs på formen file:///' },
    'FLocat hrefs are written `file:///<path from the package root>` as 1.x generators do. Plain relative paths are read as well but are not the 1.x form.',
    `${FILE}/FLocat/@xlink:href`,
  ),
  requirement(
    'FGS1-MD-1',
    'MUST',
    { en: 'Referenced metadata files exist and match', sv: 'Refererade metadatafiler finns och stämmer' },
    'Every mdRef of a dmdSec or amdSec (e.g. `file:///metadata/premis.xml`) resolves to a file of the package, and its SIZE and CHECKSUM, when given, match that file.',
    '/mets/amdSec/digiprovMD/mdRef',
  ),
];
