/**
 * Builds a valid FGS Paketstruktur 1.x package in memory, as public 1.x generators write them
 * (standards.md §7.2): sip.xml with the ext: attributes of namespace ExtensionMETS, file:/// hrefs,
 * content under content/<n>/, preservation metadata in metadata/premis.xml and the XML schema in
 * System/. Built independently of samarkiv's code; a test applies one mutation to break one
 * requirement.
 */
import { createHash } from 'node:crypto';
import { shippedSchemaValidator } from '../../../src/adapters/xml/shipped-schema-validator.ts';
import type { PackageContext } from '../../../src/core/validation/package-context.ts';
import type { ProfileId } from '../../../src/core/validation/profiles.ts';
import { gatherContext } from '../../../src/services/validate/gather-context.ts';
import { PREMIS, type FileTree } from '../../support/fixture-package.ts';
import { memorySource } from '../../support/memory-source.ts';

export interface Fgs1FixtureOptions {
  /** Edits sip.xml after every SIZE and CHECKSUM was filled in. */
  readonly sip?: (xml: string) => string;
  /** Edits the file tree last (add, remove, change files). */
  readonly files?: (files: FileTree) => void;
  /** Name of the package METS; default sip.xml. */
  readonly metsName?: string;
  /** Root folder; default null: the archive top level, as Compress-Archive of a folder's content writes it. */
  readonly rootName?: string | null;
}

export const OBJID = 'UUID:9bc10faa-3fff-4a8f-bf9a-638841061065';
export const PROFILE = 'http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml';
const CREATED = '2016-06-08T10:44:00+02:00';
const enc = new TextEncoder();

export const CONTENT: Readonly<Record<string, string>> = {
  'content/1/beslut_bygglov.pdf': '%PDF-1.4\n% samarkiv FGS 1.x fixture\n%%EOF\n',
  'content/2/arendehantering.xml':
    '<?xml version="1.0" encoding="UTF-8"?>\n<Leveransobjekt xmlns="http://xml.ra.se/e-arkiv/FGS-ERMS"><ArkivobjektListaArenden/></Leveransobjekt>\n',
  'System/arendehantering.xsd': '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n',
};

const FILES = [
  {
    id: 'ID1c7b3c1e-0000-4000-8000-000000000001',
    path: 'content/1/beslut_bygglov.pdf',
    mime: 'application/pdf',
    original: 'Beslut bygglov.pdf',
  },
  {
    id: 'ID1c7b3c1e-0000-4000-8000-000000000002',
    path: 'content/2/arendehantering.xml',
    mime: 'text/xml',
    original: 'arendehantering.xml',
  },
  {
    id: 'ID1c7b3c1e-0000-4000-8000-000000000003',
    path: 'System/arendehantering.xsd',
    mime: 'text/xml',
    original: 'arendehantering.xsd',
  },
] as const;

export const FILE_IDS = FILES.map((f) => f.id);

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function fileEl(f: (typeof FILES)[number], bytes: Uint8Array): string {
  return `      <mets:file ID="${f.id}" MIMETYPE="${f.mime}" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256" ext:ORIGINALFILENAME="${f.original}" ADMID="digiprovMD001">
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="file:///${f.path}"/>
      </mets:file>`;
}

function sipXml(files: FileTree): string {
  const premis = files.get('metadata/premis.xml') as Uint8Array;
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ext="ExtensionMETS"
    xsi:schemaLocation="http://www.loc.gov/METS/ http://xml.ra.se/e-arkiv/METS/CSPackageMETS.xsd ExtensionMETS http://xml.ra.se/e-arkiv/METS/CSPackageExtensionMETS.xsd"
    OBJID="${OBJID}" LABEL="Bygglovsärenden 2012–2016" TYPE="ERMS" PROFILE="${PROFILE}"
    ext:CONTENTTYPESPECIFICATION="FGS Ärendehantering, version 1" ext:ARCHIVALNAME="Byggnadsnämnden" ext:SYSTEMTYPE="Ärendehanteringssystem"
    ext:APPRAISAL="No" ext:ACCESSRESTRICT="Secrecy and PuL" ext:STARTDATE="2012-01-01" ext:ENDDATE="2016-12-31"
    ext:INFORMATIONCLASS="Open" ext:AGREEMENTFORM="AGREEMENT" ext:DATASUBMISSIONSESSION="Leverans 1" ext:PACKAGENUMBER="1">
  <mets:metsHdr CREATEDATE="${CREATED}" RECORDSTATUS="NEW" ext:OAISTYPE="SIP">
    <mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun, Byggnadsnämnden</mets:name>
      <mets:note>ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="ARCHIVIST" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <mets:name>W3D3</mets:name>
      <mets:note>4.2</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun</mets:name>
      <mets:note>ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="INDIVIDUAL">
      <mets:name>Anna Andersson</mets:name>
      <mets:note>anna.andersson@example.se</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <mets:name>FGS export script</mets:name>
      <mets:note>1.0</mets:note>
    </mets:agent>
    <mets:agent ROLE="OTHER" OTHERROLE="PRODUCER" TYPE="ORGANIZATION">
      <mets:name>Stadsarkivet i Lund</mets:name>
    </mets:agent>
    <mets:agent ROLE="PRESERVATION" TYPE="ORGANIZATION">
      <mets:name>SkånEarkiv</mets:name>
      <mets:note>ORG:2120001165</mets:note>
    </mets:agent>
    <mets:altRecordID TYPE="SUBMISSIONAGREEMENT">LÖ-2016-17</mets:altRecordID>
    <mets:altRecordID TYPE="REFERENCECODE">SE/1281/BN</mets:altRecordID>
  </mets:metsHdr>
  <mets:amdSec ID="amdSec001">
    <mets:digiprovMD ID="digiprovMD001">
      <mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="file:///metadata/premis.xml" MDTYPE="PREMIS" MIMETYPE="text/xml" SIZE="${premis.length}" CREATED="${CREATED}" CHECKSUM="${sha256(premis)}" CHECKSUMTYPE="SHA-256"/>
    </mets:digiprovMD>
  </mets:amdSec>
  <mets:fileSec>
    <mets:fileGrp ID="fgrp001">
${FILES.map((f) => fileEl(f, files.get(f.path) as Uint8Array)).join('\n')}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap TYPE="physical" LABEL="No structMap defined in this information package">
    <mets:div LABEL="Package">
${FILES.map((f) => `      <mets:fptr FILEID="${f.id}"/>`).join('\n')}
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

/** A valid 1.x package as a file tree (paths from the package root). */
export function buildFgs1Fixture(options: Fgs1FixtureOptions = {}): {
  rootName: string | null;
  files: FileTree;
} {
  const files: FileTree = new Map();
  for (const [path, text] of Object.entries(CONTENT)) files.set(path, enc.encode(text));
  files.set('metadata/premis.xml', enc.encode(PREMIS));
  let sip = sipXml(files);
  if (options.sip) sip = options.sip(sip);
  files.set(options.metsName ?? 'sip.xml', enc.encode(sip));
  options.files?.(files);
  return { rootName: options.rootName === undefined ? null : options.rootName, files };
}

export interface Fgs1ContextOptions extends Fgs1FixtureOptions {
  /** Validates sip.xml and the referenced PREMIS against the shipped schemas (slower). */
  readonly schemaValidation?: boolean;
  /** Default fgs-1; 'auto' proves detection. */
  readonly profile?: ProfileId | 'auto';
}

/** Gathers a fixture's context through the real pipeline, as samarkiv validate does. */
export async function fgs1Context(options: Fgs1ContextOptions = {}): Promise<PackageContext> {
  const { rootName, files } = buildFgs1Fixture(options);
  return gatherContext(memorySource(rootName, files), {
    profile: options.profile ?? 'fgs-1',
    ...(options.schemaValidation ? { schemaValidator: shippedSchemaValidator } : {}),
  });
}

/** Replaces `from` (a string: its first occurrence, or a RegExp) in sip.xml; throws when absent. */
export function swap(from: string | RegExp, to: string): (xml: string) => string {
  return (xml) => {
    const found = typeof from === 'string' ? xml.includes(from) : from.test(xml);
    if (!found) throw new Error(`fixture edit: ${String(from)} not in sip.xml`);
    return xml.replace(from, to);
  };
}

/** Removes the agent element that starts with `open`. */
export function dropAgent(open: string): (xml: string) => string {
  return swap(new RegExp(`\\s*${open.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?</mets:agent>`), '');
}
