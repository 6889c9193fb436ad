/**
 * What samarkiv knows of FGS Paketstruktur 1.x (Riksarkivet's restricted METS, RAFGS1V1.0–1.2):
 * file names, the profile URL, the `ext:` extension attributes and the content type terms.
 *
 * Source: ../shared/research/standards.md §7.2, which took the attribute lists from public
 * generator code and municipal export scripts. Riksarkivet's profile XML, CSPackageMETS.xsd and
 * CSPackageExtensionMETS.xsd are not stored in this project, so cardinalities and enumerations are
 * unconfirmed: the rules built on these lists are lenient (SHOULD or MAY) wherever that is so.
 */

/** mets/@PROFILE of every 1.x package (v1.0 2015-08-15 to v1.2 2017-10-25 – 2023-03-30). */
export const FGS1_PROFILE_URL = 'http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml';

/** The namespace of the `ext:` attributes: literally this string, not a URL. */
export const EXT_NAMESPACE = 'ExtensionMETS';

/** Names of the package METS in the package root: sip.xml, or mets.xml from some generators. */
export const FGS1_ROOT_FILES = ['sip.xml', 'mets.xml'] as const;

/**
 * Top-level folders a 1.x package uses for what its fileSec lists, compared without letter case
 * (generators write `content/` and `Content/`): content, metadata (PREMIS, ERMS, EAD), and the
 * `System/` or `schemas/` folder some generators put the XML schemas in.
 */
export const FGS1_FOLDERS = ['content', 'metadata', 'system', 'schemas'] as const;

/**
 * The `ext:` attributes per METS element. AGREEMENTFORM occurs on mets in one public script and
 * on metsHdr in another, so both places are accepted. OAISTYPE and OAISSTATUS are two spellings of
 * the same attribute (both occur in public code; which version used which is unconfirmed).
 */
export const EXT_ATTRIBUTES: Readonly<Record<'mets' | 'metsHdr' | 'file', readonly string[]>> = {
  mets: [
    'CONTENTTYPESPECIFICATION',
    'ARCHIVALNAME',
    'SYSTEMTYPE',
    'APPRAISAL',
    'ACCESSRESTRICT',
    'STARTDATE',
    'ENDDATE',
    'INFORMATIONCLASS',
    'AGREEMENTFORM',
    'DATASUBMISSIONSESSION',
    'PACKAGENUMBER',
  ],
  metsHdr: ['OAISTYPE', 'OAISSTATUS', 'AGREEMENTFORM'],
  file: ['ORIGINALFILENAME', 'ARCHIVALRECORDTYPE'],
};

/** Every known ext: attribute name, on any element. */
export const EXT_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(Object.values(EXT_ATTRIBUTES).flat());

/** The two spellings of the package role attribute on metsHdr; the value is "SIP". */
export const OAIS_TYPE_ATTRIBUTES = ['ext:OAISTYPE', 'ext:OAISSTATUS'] as const;

/** ext:APPRAISAL (gallring): the values public generators write. */
export const APPRAISAL_VALUES = ['Yes', 'No'] as const;

/**
 * mets/@TYPE terms of 1.x. standards.md §7.2 names ERMS, Personnel, Unstructured, Publication and
 * "No specification" and ends the list with "…"; "Single records" occurs in a public generator
 * (Stockholm University's OAI-PMH export). The remaining terms are recalled from the 1.x content
 * type list and unconfirmed, which is why FGS1-METS-5 is a SHOULD.
 */
export const FGS1_CONTENT_TYPES = [
  'ERMS',
  'Personnel',
  'Medical record',
  'Economics',
  'Databases',
  'Webpages',
  'GIS',
  'No specification',
  'AIC',
  'Archival information',
  'Unstructured',
  'Single records',
  'Publication',
] as const;

/** The ROLE/TYPE pair of the archival creator (arkivbildare). */
export const ARCHIVIST_ORGANIZATION = { role: 'ARCHIVIST', type: 'ORGANIZATION' } as const;
