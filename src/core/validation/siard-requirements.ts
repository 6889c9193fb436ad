/**
 * samarkiv's own requirements for what is inside a .siard file (SIARD 2.1/2.2, eCH-0165): the
 * CITS SIARD profiles stop at "SHOULD be a valid SIARD file" (SIARD_17); these name each part of
 * that validity so a report says which one failed. They apply only when the SIARD analyzer ran
 * (ctx.analyses 'siard') and found a .siard file. IDs are never reused.
 */
import type { Requirement } from './requirement.ts';

export const SIARD_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'SAMARKIV-SIARD-1',
    level: 'MUST',
    title: {
      en: 'The SIARD file is a readable ZIP with stored or deflated entries and no encryption',
      sv: 'SIARD-filen är en läsbar ZIP-fil med okomprimerade eller deflate-komprimerade poster utan kryptering',
    },
    text: 'A .siard file is a ZIP file (ZIP64 allowed) whose entries use compression method 0 (stored) or 8 (deflate), are not encrypted, have UTF-8 names, and read back with their declared sizes and CRC-32.',
  },
  {
    id: 'SAMARKIV-SIARD-2',
    level: 'MUST',
    title: {
      en: 'The SIARD file holds only header/ and content/, with header/siardversion/ naming its version',
      sv: 'SIARD-filen innehåller bara header/ och content/, och header/siardversion/ anger dess version',
    },
    text: 'At the top of the SIARD file there are only the folders header/ and content/; header/metadata.xml exists, and exactly one version folder header/siardversion/2.x/ exists and names the version in siardArchive/@version.',
  },
  {
    id: 'SAMARKIV-SIARD-3',
    level: 'MUST',
    title: {
      en: 'metadata.xml is valid against the SIARD metadata schema of its version',
      sv: 'metadata.xml är giltig mot SIARD:s metadataschema för dess version',
    },
    text: 'header/metadata.xml is well-formed, has no DTD, and validates against the shipped metadata.xsd of SIARD 2.1 (2.1.1) or 2.2, chosen by siardArchive/@version.',
  },
  {
    id: 'SAMARKIV-SIARD-4',
    level: 'MUST',
    title: {
      en: 'Every table in metadata.xml has its table XML and table schema, and no table is undescribed',
      sv: 'Varje tabell i metadata.xml har sin tabell-XML och sitt tabellschema, och ingen tabell saknar beskrivning',
    },
    text: 'For each table, content/<schema folder>/<table folder>/<table folder>.xml and .xsd exist; every table XML under content/ belongs to a table metadata.xml describes.',
  },
  {
    id: 'SAMARKIV-SIARD-5',
    level: 'MUST',
    title: {
      en: 'Every table XML is valid against its table schema',
      sv: 'Varje tabell-XML är giltig mot sitt tabellschema',
    },
    text: 'Each content/…/tableM.xml validates against the tableM.xsd beside it (streamed through libxml2, xmllint --stream, so tables of any size are checked in bounded memory).',
  },
  {
    id: 'SAMARKIV-SIARD-6',
    level: 'MUST',
    title: {
      en: 'The rows of every table match its columns in metadata.xml',
      sv: 'Raderna i varje tabell stämmer med dess kolumner i metadata.xml',
    },
    text: 'Each row holds column elements c1…cN in column order, only for columns metadata.xml lists, and an element for every column that is not nullable (an absent element is NULL).',
  },
  {
    id: 'SAMARKIV-SIARD-7',
    level: 'MUST',
    title: {
      en: 'The number of rows of every table equals its rows in metadata.xml',
      sv: 'Antalet rader i varje tabell är lika med rows i metadata.xml',
    },
    text: 'The row elements counted in each table XML equal table/rows in metadata.xml.',
  },
  {
    id: 'SAMARKIV-SIARD-8',
    level: 'MUST',
    title: {
      en: 'Every LOB file a table refers to is present',
      sv: 'Varje LOB-fil som en tabell hänvisar till finns',
    },
    text: 'A cell with @file names a LOB file that exists: inside the SIARD file, or, for LOBs stored outside it (lobFolder), in the package next to the SIARD file.',
  },
  {
    id: 'SAMARKIV-SIARD-9',
    level: 'MUST',
    title: {
      en: 'Every LOB file has the length and message digest its table gives',
      sv: 'Varje LOB-fil har den längd och kontrollsumma som tabellen anger',
    },
    text: 'Where a LOB cell gives @length, the file has that many bytes (binary LOBs) or characters (character LOBs); where it gives @digestType (MD5, SHA-1, SHA-256) and @messageDigest, the digest of the file matches.',
  },
];
