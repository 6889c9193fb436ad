/**
 * The controlled vocabularies every rule area (CSIPSTR, CSIP, SIP, AIP, DIP) checks against, in one
 * place. Each list is copied term for term from the file named above it, in
 * ../shared/standards/ (shipped unchanged in schemas/, see schemas/SOURCE.md);
 * test/core/rules/vocabularies.test.ts compares every list with its file. Terms are case-sensitive
 * and keep the publisher's spelling, en dashes included.
 */
import { CHECKSUM_TYPES, type ChecksumType } from './package-context.ts';

/** True when `value` is a term of the vocabulary, spelled exactly. */
export function inVocabulary<T extends string>(terms: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (terms as readonly string[]).includes(value);
}

/** True when `value` differs from `term` only by letter case or surrounding spaces (a near miss). */
export function nearMiss(value: string | undefined, term: string): boolean {
  return value !== undefined && value !== term && value.trim().toLowerCase() === term.toLowerCase();
}

/**
 * mets/@TYPE (CSIP2), csip/CSIPVocabularyContentCategory.xml (42 terms). Several terms use an en
 * dash (U+2013 "–"), others a hyphen-minus: both exactly as published.
 */
export const CONTENT_CATEGORIES = [
  'Textual works – Print',
  'Textual works – Digital',
  'Textual works – Electronic Serials',
  'Digital Musical Composition (score-based representations)',
  'Musical Scores - Print',
  'Musical Scores - Digital',
  'Photographs – Print',
  'Photographs – Digital',
  'Other Graphic Images – Print',
  'Other Graphic Images – Digital',
  'Microforms',
  'Audio – On Tangible Medium (digital or analog)',
  'Audio – Media-independent (digital)',
  'Motion Pictures – Digital and Physical Media',
  'Video – File-based and Physical Media',
  'Software',
  'Software and Video Games',
  'Email',
  'Datasets',
  'Geospatial Data',
  'Geographic Information System (GIS) - Vector Data',
  'GIS Raster and Georeferenced Images',
  'GIS Vector and Raster Combined',
  'Non-GIS Cartographic',
  '2D and 3D Computer Aided Design',
  'Design (schematics, architectural drawings) - Print',
  'Scanned 3D Objects (output from photogrammetry scanning)',
  'Databases',
  'Websites',
  'Web Archives',
  'Collection',
  'Event',
  'Image',
  'Interactive resource',
  'Moving image',
  'Sound',
  'Still image',
  'Text',
  'Physical object',
  'Service',
  'Mixed',
  'Other',
] as const;

/**
 * The two spellings of "other" for mets/@TYPE: the vocabulary's "Other" and "OTHER", which the
 * CSIP2/CSIP3 requirement texts (profiles/E-ARK-CSIP-v2-2-0.xml) use with csip:OTHERTYPE.
 */
export const OTHER_CONTENT_CATEGORIES = ['Other', 'OTHER'] as const;

/**
 * csip:CONTENTINFORMATIONTYPE as csip/DILCISExtensionMETS.xsd enumerates it: authoritative, since a
 * METS with another value is schema-invalid (standards.md §3.2).
 */
export const CONTENT_INFORMATION_TYPES = [
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citcarchival_v1_0',
  'citsarchival_v1_0',
  'csarchival_v1_0',
  'citspremis_v1_0',
  'cspremis_v1_0',
  'citserms_v2_1',
  'citserms_v3_0',
  'citsehpj_v1_0',
  'citsehpj_v2_0',
  'citsehcr_v1_0',
  'citssiard_v1_0',
  'citsgeospatial_v3_0',
  'cits3dpm_v1_0',
  'MIXED',
  'OTHER',
] as const;

/**
 * csip:CONTENTINFORMATIONTYPE as csip/CSIPVocabularyContentInformationType.xml lists it. It spells
 * the archival entries citscarchival_v1_0 and cscarchival_v1_0 and lacks the schema's
 * citcarchival_v1_0, citsarchival_v1_0 and csarchival_v1_0 (standards.md §3.2).
 */
export const CONTENT_INFORMATION_TYPE_TERMS = [
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citscarchival_v1_0',
  'cscarchival_v1_0',
  'citserms_v2_1',
  'citserms_v3_0',
  'citspremis_v1_0',
  'cspremis_v1_0',
  'citsehpj_v1_0',
  'citsehpj_v2_0',
  'citsehcr_v1_0',
  'citssiard_v1_0',
  'citsgeospatial_v3_0',
  'cits3dpm_v1_0',
  'MIXED',
  'OTHER',
] as const;

/** metsHdr/@csip:OAISPACKAGETYPE (CSIP9, SIP4, AIPM3, DIP3), csip/CSIPVocabularyOAISPackageType.xml. */
export const OAIS_PACKAGE_TYPES = ['SIP', 'AIP', 'DIP', 'AIU', 'AIC'] as const;
export type OaisPackageType = (typeof OAIS_PACKAGE_TYPES)[number];

/** @STATUS of metadata sections (CSIP20/34/47, AIPM4, DIP4), csip/CSIPVocabularyStatus.xml. */
export const STATUS_VALUES = ['SUPERSEDED', 'CURRENT'] as const;

/** metsHdr/agent/note/@csip:NOTETYPE (CSIP16, SIP14/20/31), csip/CSIPVocabularyNoteType.xml. */
export const NOTE_TYPES = ['SOFTWARE VERSION', 'IDENTIFICATIONCODE'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** metsHdr/agent/@OTHERTYPE of the software agent (CSIP13), csip/CSIPVocabularyAgentOtherType.xml. */
export const AGENT_OTHER_TYPES = ['SOFTWARE'] as const;

/** structMap/@TYPE (CSIP81), csip/CSIPVocabularyStructMapType.xml. */
export const STRUCTMAP_TYPES = ['PHYSICAL'] as const;

/** structMap/@LABEL (CSIP82), csip/CSIPVocabularyStructMapLabel.xml. */
export const STRUCTMAP_LABELS = ['CSIP'] as const;

/**
 * fileGrp/@USE and structMap division @LABEL (CSIP60, CSIP88–104, CSIP113, CSIP114),
 * csip/CSIPVocabularyFileGrpAndStructMapDivisionLabel.xml.
 */
export const DIVISION_LABELS = ['Documentation', 'Schemas', 'Representations', 'Metadata'] as const;
export type DivisionLabel = (typeof DIVISION_LABELS)[number];

/** mdRef/@MDTYPE (CSIP25/39/52), the enumeration of csip/mets.xsd (METS 1.12). */
export const MDTYPES = [
  'MARC',
  'MODS',
  'EAD',
  'DC',
  'NISOIMG',
  'LC-AV',
  'VRA',
  'TEIHDR',
  'DDI',
  'FGDC',
  'LOM',
  'PREMIS',
  'PREMIS:OBJECT',
  'PREMIS:AGENT',
  'PREMIS:RIGHTS',
  'PREMIS:EVENT',
  'TEXTMD',
  'METSRIGHTS',
  'ISO 19115:2003 NAP',
  'EAC-CPF',
  'LIDO',
  'OTHER',
] as const;

/**
 * @CHECKSUMTYPE (CSIP30/44/57, CSIP72), the enumeration of csip/mets.xsd (METS 1.12). The list
 * lives in package-context.ts, whose gatherer computes the digests; it is re-exported here so the
 * rules find every vocabulary in one module.
 */
export { CHECKSUM_TYPES, type ChecksumType };

/** metsHdr/@RECORDSTATUS (SIP3), sip/SIPVocabularyRecordStatus.xml. */
export const RECORD_STATUS = [
  'NEW',
  'SUPPLEMENT',
  'REPLACEMENT',
  'TEST',
  'VERSION',
  'DELETE',
  'OTHER',
] as const;

/** metsHdr/altRecordID/@TYPE (SIP5–SIP8), sip/SIPVocabularyRecordIDType.xml. */
export const ALT_RECORD_ID_TYPES = [
  'SUBMISSIONAGREEMENT',
  'PREVIOUSSUBMISSIONAGREEMENT',
  'REFERENCECODE',
  'PREVIOUSREFERENCECODE',
] as const;
export type AltRecordIdType = (typeof ALT_RECORD_ID_TYPES)[number];
