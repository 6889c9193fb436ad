/**
 * The shipped XML schemas (schemas/, attributed in schemas/SOURCE.md): which set validates which
 * root namespace, and where the remote schemaLocations the schemas import are found locally.
 * Nothing here is ever fetched from the network (see offline-schema-loader.ts).
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export const NS = {
  mets: 'http://www.loc.gov/METS/',
  xlink: 'http://www.w3.org/1999/xlink',
  csip: 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
  sip: 'https://DILCIS.eu/XML/METS/SIPExtensionMETS',
  premis3: 'http://www.loc.gov/premis/v3',
  premis2: 'info:lc/xmlns/premis-v2',
  ead2002: 'urn:isbn:1-931666-22-9',
  ead3: 'http://ead3.archivists.org/schema/',
  erms: 'https://DILCIS.eu/XML/ERMS',
  siard2: 'http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd',
} as const;

/**
 * Remote schemaLocations (in the shipped schemas, or official locations of shipped files) mapped to
 * files under schemas/. Anything not listed here and not under schemas/ is refused.
 */
export const REMOTE_SCHEMA_LOCATIONS: Readonly<Record<string, string>> = {
  'http://www.loc.gov/standards/xlink/xlink.xsd': 'xlink.xsd',
  'https://www.loc.gov/standards/xlink/xlink.xsd': 'xlink.xsd',
  'http://www.w3.org/2001/xml.xsd': 'xml.xsd',
  'https://www.w3.org/2001/xml.xsd': 'xml.xsd',
  'http://www.w3.org/2009/01/xml.xsd': 'xml.xsd',
  'http://www.loc.gov/standards/mets/mets.xsd': 'mets/mets.xsd',
  'http://www.loc.gov/standards/mets/version112/mets.xsd': 'mets/mets.xsd',
  'https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd': 'csip/DILCISExtensionMETS.xsd',
  'http://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd': 'csip/DILCISExtensionMETS.xsd',
  'https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd': 'sip/DILCISExtensionSIPMETS.xsd',
  'http://www.loc.gov/standards/premis/v3/premis.xsd': 'premis/premis-v3-0.xsd',
  'http://www.loc.gov/standards/premis/premis.xsd': 'premis/premis-v3-0.xsd',
  'http://www.loc.gov/standards/premis/v2/premis-v2-1.xsd': 'premis/premis-v2-1.xsd',
  'http://www.loc.gov/ead/ead.xsd': 'ead/ead2002.xsd',
  'http://www.loc.gov/ead/ead3.xsd': 'ead/ead3.xsd',
};

export type SchemaSetId =
  | 'mets'
  | 'premis-3'
  | 'premis-2.1'
  | 'ead-2002'
  | 'ead3'
  | 'erms-2.1'
  | 'erms-3.0'
  | 'siard-2.1'
  | 'siard-2.2';

export interface SchemaSet {
  readonly id: SchemaSetId;
  readonly label: string;
  /** Documents whose root element is in this namespace are validated with this set. */
  readonly rootNamespace: string;
  /** What the driver schema imports: namespace → file under schemas/. */
  readonly imports: readonly { readonly namespace: string; readonly file: string }[];
}

function set(id: SchemaSetId, label: string, rootNamespace: string, imports: [string, string][]): SchemaSet {
  return { id, label, rootNamespace, imports: imports.map(([namespace, file]) => ({ namespace, file })) };
}

export const SCHEMA_SETS: Readonly<Record<SchemaSetId, SchemaSet>> = {
  // METS allows foreign attributes through lax anyAttribute wildcards, so csip: and sip: attributes
  // are only checked when their schemas are part of the set: the driver imports them next to METS.
  mets: set('mets', 'METS 1.12 with the CSIP and SIP extensions', NS.mets, [
    [NS.xlink, 'xlink.xsd'],
    [NS.mets, 'mets/mets.xsd'],
    [NS.csip, 'csip/DILCISExtensionMETS.xsd'],
    [NS.sip, 'sip/DILCISExtensionSIPMETS.xsd'],
  ]),
  'premis-3': set('premis-3', 'PREMIS 3.0', NS.premis3, [[NS.premis3, 'premis/premis-v3-0.xsd']]),
  'premis-2.1': set('premis-2.1', 'PREMIS 2.1', NS.premis2, [
    [NS.xlink, 'xlink.xsd'],
    [NS.premis2, 'premis/premis-v2-1.xsd'],
  ]),
  'ead-2002': set('ead-2002', 'EAD 2002', NS.ead2002, [
    [NS.xlink, 'xlink.xsd'],
    [NS.ead2002, 'ead/ead2002.xsd'],
  ]),
  ead3: set('ead3', 'EAD3', NS.ead3, [[NS.ead3, 'ead/ead3.xsd']]),
  // CITS ERMS 2.1 and 3.0 share one namespace and the root element carries no version attribute,
  // so the namespace alone selects 2.1 (FGS Ärendehantering 2.0, listed first); the ERMS analyzer
  // passes the set the package declares (citserms_v2_1 / citserms_v3_0) or tries both for `ERMS`.
  'erms-2.1': set('erms-2.1', 'CITS ERMS 2.1', NS.erms, [[NS.erms, 'erms/ERMS.xsd']]),
  'erms-3.0': set('erms-3.0', 'CITS ERMS 3.0', NS.erms, [[NS.erms, 'erms/ERMS_v3.xsd']]),
  // SIARD 2.1 and 2.2 share one namespace; the SIARD analyzer names the set by siardArchive/@version.
  // 2.1 uses the 2.1.1 schema: the same format, with the length of VARCHAR, NCHAR VARYING and
  // VARBINARY made optional as SIARD 2.1 tools write them.
  'siard-2.1': set('siard-2.1', 'SIARD 2.1 metadata', NS.siard2, [[NS.siard2, 'siard/metadata-2.1.1.xsd']]),
  'siard-2.2': set('siard-2.2', 'SIARD 2.2 metadata', NS.siard2, [
    [NS.siard2, 'siard/metadata-2.2_2021-08-31.xsd'],
  ]),
};

export function schemaSetForNamespace(namespace: string): SchemaSetId | undefined {
  return Object.values(SCHEMA_SETS).find((s) => s.rootNamespace === namespace)?.id;
}

/** A schema without a target namespace that only imports the set's schemas from schemas/. */
export function driverSchema(schemaSet: SchemaSet): string {
  const imports = schemaSet.imports.map(
    ({ namespace, file }) =>
      `  <xs:import namespace="${namespace}" schemaLocation="${pathToFileURL(join(SCHEMA_DIR, file)).href}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...imports,
    '</xs:schema>',
    '',
  ].join('\n');
}
