/**
 * Builds a CITS ERMS SIP (E-ARK SIP 2.1 = FGS Paketstruktur 2.0, content FGS Ärendehantering 2.0)
 * in memory, the way test/support/fixture-package.ts builds its packages: one representation whose
 * METS declares citserms_v2_1 (or v3_0), holding the ERMS XML (erms-xml.ts) and the documents it
 * refers to, every file listed with its SHA-256. A test applies one edit to break one thing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ermsAnalyzer } from '../../src/adapters/erms/erms-analyzer.ts';
import { shippedSchemaValidator } from '../../src/adapters/xml/shipped-schema-validator.ts';
import type { PackageContext } from '../../src/core/validation/package-context.ts';
import { CANONICAL_PROFILE_URL } from '../../src/core/validation/profiles.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';
import { EAD, PREMIS, type FileTree } from '../support/fixture-package.ts';
import { memorySource } from '../support/memory-source.ts';
import { ERMS_DOCUMENTS, ermsXml, type ErmsTemplateVersion } from './erms-xml.ts';

export interface ErmsPackageOptions {
  /** ERMS template and the declared content information type (citserms_v2_1 / citserms_v3_0). */
  readonly version?: ErmsTemplateVersion;
  /** Declared @csip:CONTENTINFORMATIONTYPE instead of the version's, e.g. the legacy 'ERMS'. */
  readonly contentType?: string;
  /** 'representation' (default): the representation METS declares it; 'root': only the package METS. */
  readonly declaredOn?: 'representation' | 'root';
  /** Where the ERMS file lies, relative to the representation; an mdRef points to it under metadata/. */
  readonly ermsAt?: string;
  /** Edits the ERMS XML text. */
  readonly erms?: (xml: string) => string;
  /** Edits the documents (paths relative to data/) before the METS files list them. */
  readonly documents?: (docs: Map<string, Uint8Array>) => void;
  /** Edits the finished file tree (after every checksum was computed). */
  readonly files?: (files: FileTree) => void;
}

const enc = new TextEncoder();
const CREATED = '2026-11-20T10:00:00+01:00';
const REP = 'representations/rep1';
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const href = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

const NAMESPACES = `xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"`;
const PROFILE = CANONICAL_PROFILE_URL['sip-2.1'];
/** The package carries the schema of its ERMS version in schemas/ (CSIPSTR15), as a delivery would. */
const SCHEMA_FILE: Readonly<Record<ErmsTemplateVersion, string>> = {
  '2.1': 'ERMS.xsd',
  '3.0': 'ERMS_v3.xsd',
};
const schemaBytes = (v: ErmsTemplateVersion): Uint8Array =>
  readFileSync(new URL(`../../schemas/erms/${SCHEMA_FILE[v]}`, import.meta.url));

function fileEl(id: string, path: string, bytes: Uint8Array, mime: string): string {
  return `      <mets:file ID="${id}" MIMETYPE="${mime}" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256">
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${href(path)}"/>
      </mets:file>`;
}

function mdRef(path: string, bytes: Uint8Array, type: string): string {
  return `<mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${href(path)}" ${type} MIMETYPE="text/xml" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256"/>`;
}

const HEADER = `  <mets:metsHdr CREATEDATE="${CREATED}" LASTMODDATE="${CREATED}" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">
    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <mets:name>samarkiv ERMS fixture</mets:name>
      <mets:note csip:NOTETYPE="SOFTWARE VERSION">1.0</mets:note>
    </mets:agent>
    <mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun, Byggnadsnämnden</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="PRESERVATION" TYPE="ORGANIZATION">
      <mets:name>SkånEarkiv</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:altRecordID TYPE="SUBMISSIONAGREEMENT">LÖ-2026-17</mets:altRecordID>
  </mets:metsHdr>`;

/** `csip:CONTENTINFORMATIONTYPE="…"`, or OTHER when this METS is not the one declaring ERMS. */
function cit(declares: boolean, contentType: string): string {
  return declares ? `csip:CONTENTINFORMATIONTYPE="${contentType}"` : 'csip:CONTENTINFORMATIONTYPE="MIXED"';
}

function representationMets(files: FileTree, ermsAt: string, declares: boolean, contentType: string): string {
  const inRep = [...files.keys()].filter((p) => p.startsWith(`${REP}/`)).sort();
  const data = inRep.filter((p) => p.startsWith(`${REP}/data/`));
  const get = (p: string): Uint8Array => files.get(p) as Uint8Array;
  const rel = (p: string): string => p.slice(REP.length + 1);
  const ermsMd = ermsAt.startsWith('metadata/');
  const dmd = ermsMd
    ? `  <mets:dmdSec ID="rep-dmd-erms" CREATED="${CREATED}" STATUS="CURRENT">
    ${mdRef(ermsAt, get(`${REP}/${ermsAt}`), 'MDTYPE="OTHER" OTHERMDTYPE="ERMS"')}
  </mets:dmdSec>\n`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NAMESPACES} OBJID="rep1" LABEL="Bygglov 2019, ärenden" TYPE="Textual works – Digital" ${cit(declares, contentType)} PROFILE="${PROFILE}">
${HEADER}
${dmd}  <mets:amdSec ID="rep-amd-1">
    <mets:digiprovMD ID="rep-digiprov-premis" CREATED="${CREATED}" STATUS="CURRENT">
      ${mdRef('metadata/preservation/premis.xml', get(`${REP}/metadata/preservation/premis.xml`), 'MDTYPE="PREMIS" MDTYPEVERSION="3.0"')}
    </mets:digiprovMD>
  </mets:amdSec>
  <mets:fileSec ID="rep-filesec">
    <mets:fileGrp ID="rep-grp-data" USE="Representations/rep1/data" ${cit(declares, contentType)}>
${data.map((p, i) => fileEl(`rep-file-${i + 1}`, rel(p), get(p), p.endsWith('.xml') ? 'application/xml' : 'application/pdf')).join('\n')}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="rep-structmap" TYPE="PHYSICAL" LABEL="CSIP">
    <mets:div ID="rep-div-root" LABEL="rep1">
      <mets:div ID="rep-div-metadata" LABEL="Metadata" ADMID="rep-digiprov-premis"${ermsMd ? ' DMDID="rep-dmd-erms"' : ''}/>
      <mets:div ID="rep-div-data" LABEL="Representations">
        <mets:fptr FILEID="rep-grp-data"/>
      </mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

function rootMets(files: FileTree, contentType: string, schema: string): string {
  const get = (p: string): Uint8Array => files.get(p) as Uint8Array;
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NAMESPACES} OBJID="uuid-6b1e0b52-2f0e-4d4a-9d43-3c3f5a1e2b7c" LABEL="Bygglov 2019" TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="${contentType}" PROFILE="${PROFILE}">
${HEADER}
  <mets:dmdSec ID="dmd-ead" CREATED="${CREATED}" STATUS="CURRENT">
    ${mdRef('metadata/descriptive/ead.xml', get('metadata/descriptive/ead.xml'), 'MDTYPE="EAD" MDTYPEVERSION="2002"')}
  </mets:dmdSec>
  <mets:amdSec ID="amd-1">
    <mets:digiprovMD ID="digiprov-premis" CREATED="${CREATED}" STATUS="CURRENT">
      ${mdRef('metadata/preservation/premis.xml', get('metadata/preservation/premis.xml'), 'MDTYPE="PREMIS" MDTYPEVERSION="3.0"')}
    </mets:digiprovMD>
  </mets:amdSec>
  <mets:fileSec ID="filesec-1">
    <mets:fileGrp ID="grp-schemas" USE="Schemas">
${fileEl('file-schema-1', schema, get(schema), 'application/xml')}
    </mets:fileGrp>
    <mets:fileGrp ID="grp-rep1" USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="${contentType}">
${fileEl('file-rep1-mets', `${REP}/METS.xml`, get(`${REP}/METS.xml`), 'application/xml')}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="structmap-csip" TYPE="PHYSICAL" LABEL="CSIP">
    <mets:div ID="div-root" LABEL="Package">
      <mets:div ID="div-metadata" LABEL="Metadata" ADMID="digiprov-premis" DMDID="dmd-ead"/>
      <mets:div ID="div-schemas" LABEL="Schemas">
        <mets:fptr FILEID="grp-schemas"/>
      </mets:div>
      <mets:div ID="div-reps" LABEL="Representations">
        <mets:fptr FILEID="grp-rep1"/>
      </mets:div>
      <mets:div ID="div-rep1" LABEL="Representations/rep1">
        <mets:mptr LOCTYPE="URL" xlink:type="simple" xlink:href="${REP}/METS.xml" xlink:title="grp-rep1"/>
      </mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

/** A valid CITS ERMS SIP as a file tree (paths relative to its root folder). */
export function buildErmsPackage(options: ErmsPackageOptions = {}): { rootName: string; files: FileTree } {
  const version = options.version ?? '2.1';
  const contentType = options.contentType ?? (version === '2.1' ? 'citserms_v2_1' : 'citserms_v3_0');
  const ermsAt = options.ermsAt ?? 'metadata/descriptive/ERMS.xml';
  const documents = new Map<string, Uint8Array>(
    ERMS_DOCUMENTS.map((p) => [p, enc.encode(`%PDF-1.4\n% ${p}, Lunds kommun\n%%EOF\n`)]),
  );
  options.documents?.(documents);
  const files: FileTree = new Map();
  for (const [p, bytes] of documents) files.set(`${REP}/data/${p}`, bytes);
  let erms = ermsXml(version);
  if (options.erms) erms = options.erms(erms);
  files.set(`${REP}/${ermsAt}`, enc.encode(erms));
  files.set(`${REP}/metadata/preservation/premis.xml`, enc.encode(PREMIS));
  files.set('metadata/descriptive/ead.xml', enc.encode(EAD));
  files.set('metadata/preservation/premis.xml', enc.encode(PREMIS));
  const schema = `schemas/${SCHEMA_FILE[version]}`;
  files.set(schema, schemaBytes(version));
  const onRep = (options.declaredOn ?? 'representation') === 'representation';
  files.set(`${REP}/METS.xml`, enc.encode(representationMets(files, ermsAt, onRep, contentType)));
  files.set('METS.xml', enc.encode(rootMets(files, contentType, schema)));
  options.files?.(files);
  return { rootName: 'uuid-6b1e0b52-2f0e-4d4a-9d43-3c3f5a1e2b7c', files };
}

/** Gathers the package through the real pipeline with the ERMS analyzer (and METS XSD validation). */
export async function ermsContext(
  options: ErmsPackageOptions = {},
  gather: { readonly schemaValidation?: boolean } = {},
): Promise<PackageContext> {
  const { rootName, files } = buildErmsPackage(options);
  return gatherContext(memorySource(rootName, files), {
    profile: 'sip-2.1',
    analyzers: [ermsAnalyzer],
    ...(gather.schemaValidation ? { schemaValidator: shippedSchemaValidator } : {}),
  });
}
