/**
 * The XML schemas a package ships in schemas/ (CSIPSTR15, CSIP113): one entry per namespace the
 * writer uses. The XSD files are copied verbatim from the repository's schemas/ folder (the
 * adapter resolves `source` there), so their checksums equal the published files. Instance
 * documents point xsi:schemaLocation at these package-local copies.
 */

export interface SchemaRef {
  readonly namespace: string;
  /** File name inside the package's schemas/ folder. */
  readonly fileName: string;
  /** Path below the repository's schemas/ folder. */
  readonly source: string;
}

export const SCHEMA = {
  mets: { namespace: 'http://www.loc.gov/METS/', fileName: 'mets.xsd', source: 'mets/mets.xsd' },
  xlink: { namespace: 'http://www.w3.org/1999/xlink', fileName: 'xlink.xsd', source: 'xlink.xsd' },
  csip: {
    namespace: 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
    fileName: 'DILCISExtensionMETS.xsd',
    source: 'csip/DILCISExtensionMETS.xsd',
  },
  premis: {
    namespace: 'http://www.loc.gov/premis/v3',
    fileName: 'premis-v3-0.xsd',
    source: 'premis/premis-v3-0.xsd',
  },
  ead: { namespace: 'urn:isbn:1-931666-22-9', fileName: 'ead2002.xsd', source: 'ead/ead2002.xsd' },
  ead3: { namespace: 'http://ead3.archivists.org/schema/', fileName: 'ead3.xsd', source: 'ead/ead3.xsd' },
} as const satisfies Record<string, SchemaRef>;

/** The schemas every METS document needs (METS 1.12, xlink, DILCIS CSIP extension). */
export const METS_SCHEMAS: readonly SchemaRef[] = [SCHEMA.mets, SCHEMA.xlink, SCHEMA.csip];

/**
 * The xsi:schemaLocation value for the given schemas, relative to a document whose folder is
 * `schemasDir` away from the schemas folder (e.g. `schemas/` for the root METS,
 * `../../schemas/` for metadata/descriptive/ead.xml).
 */
export function schemaLocation(refs: readonly SchemaRef[], schemasDir: string): string {
  return refs.map((r) => `${r.namespace} ${schemasDir}${r.fileName}`).join(' ');
}

/** MDTYPE="EAD" MDTYPEVERSION="3": METS has one MDTYPE for every EAD version (EAD 2002 is "2002"). */
export const EAD3_MDTYPEVERSION = '3';

/** The schema shipped for an mdRef MDTYPE/version, when samarkiv ships one. */
export function schemaForMdType(mdType: string, version: string | undefined): SchemaRef | null {
  if (mdType === 'EAD' && (version === undefined || version === '2002')) return SCHEMA.ead;
  if (mdType === 'EAD' && version === EAD3_MDTYPEVERSION) return SCHEMA.ead3;
  if (mdType.startsWith('PREMIS') && (version === undefined || version.startsWith('3'))) return SCHEMA.premis;
  return null;
}
