/**
 * The controlled values the writer checks before it writes anything, copied from the DILCIS
 * vocabularies in schemas/vocabularies/ (test/writer/vocabularies.test.ts keeps them in sync).
 */

/** CSIPVocabularyContentCategory.xml: the legal mets/@TYPE values (CSIP2). */
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
 * The csip:CONTENTINFORMATIONTYPE values DILCISExtensionMETS.xsd accepts. The vocabulary file
 * spells two archival types differently (citscarchival_v1_0, cscarchival_v1_0; standards.md §3.2);
 * the writer follows the schema, since a schema-invalid METS is refused outright.
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

export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];
export type ContentInformationType = (typeof CONTENT_INFORMATION_TYPES)[number];

export function isContentCategory(s: string): s is ContentCategory {
  return (CONTENT_CATEGORIES as readonly string[]).includes(s);
}

export function isContentInformationType(s: string): s is ContentInformationType {
  return (CONTENT_INFORMATION_TYPES as readonly string[]).includes(s);
}

/** SIPVocabularyRecordStatus.xml (SIP3). */
export const RECORD_STATUSES = [
  'NEW',
  'SUPPLEMENT',
  'REPLACEMENT',
  'TEST',
  'VERSION',
  'DELETE',
  'OTHER',
] as const;

/** METS 1.12 MDTYPE enumeration (mdRef/@MDTYPE, CSIP25). */
export const MD_TYPES = [
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
