/**
 * Builds small, fully valid E-ARK packages in memory for rule tests, independently of the
 * production writer (so the rules are not only tested against what our own writer produces).
 * A test takes a valid package and applies one mutation to make exactly one requirement fail.
 */
import { createHash } from 'node:crypto';
import { CANONICAL_PROFILE_URL, PROFILES, type ProfileId } from '../../src/core/validation/profiles.ts';

export type FileTree = Map<string, Uint8Array>;

export interface FixtureOptions {
  readonly profile: ProfileId;
  readonly objid?: string;
  /** Edits the representation METS text before checksums are computed. */
  readonly repMets?: (xml: string) => string;
  /** Edits the root METS text (after all checksums were filled in). */
  readonly rootMets?: (xml: string) => string;
  /** Edits the file tree last (add, remove or change files). */
  readonly files?: (files: FileTree) => void;
}

const enc = new TextEncoder();
const CREATED = '2026-11-20T10:00:00+01:00';

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function fileEl(id: string, href: string, bytes: Uint8Array, mime: string): string {
  return `      <mets:file ID="${id}" MIMETYPE="${mime}" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256">
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${href}"/>
      </mets:file>`;
}

function mdRef(href: string, bytes: Uint8Array, mdtype: string, version: string): string {
  return `<mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${href}" MDTYPE="${mdtype}" MDTYPEVERSION="${version}" MIMETYPE="text/xml" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256"/>`;
}

const NAMESPACES = `xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`;

export const EAD = `<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>fixture</eadid><filedesc><titlestmt><titleproper>Fixture</titleproper></titlestmt></filedesc></eadheader><archdesc level="fonds"><did><unittitle>Bygglov 2019</unittitle><unitid>SE/1234/A1</unitid></did></archdesc></ead>
`;

export const PREMIS = `<?xml version="1.0" encoding="UTF-8"?>
<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" version="3.0"><premis:object xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="premis:intellectualEntity"><premis:objectIdentifier><premis:objectIdentifierType>local</premis:objectIdentifierType><premis:objectIdentifierValue>fixture</premis:objectIdentifierValue></premis:objectIdentifier></premis:object></premis:premis>
`;

function agents(profile: ProfileId): string {
  const software = `    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <mets:name>samarkiv fixture</mets:name>
      <mets:note csip:NOTETYPE="SOFTWARE VERSION">1.0</mets:note>
    </mets:agent>`;
  if (PROFILES[profile].packageType !== 'SIP') return software;
  return `${software}
    <mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun, Byggnadsnämnden</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">
      <mets:name>Lunds kommun</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="INDIVIDUAL">
      <mets:name>Anna Andersson</mets:name>
      <mets:note>anna.andersson@example.se</mets:note>
    </mets:agent>
    <mets:agent ROLE="PRESERVATION" TYPE="ORGANIZATION">
      <mets:name>SkånEarkiv</mets:name>
      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note>
    </mets:agent>
    <mets:altRecordID TYPE="SUBMISSIONAGREEMENT">LÖ-2026-17</mets:altRecordID>
    <mets:altRecordID TYPE="REFERENCECODE">SE/1281/BN</mets:altRecordID>`;
}

function header(profile: ProfileId): string {
  const type = PROFILES[profile].packageType ?? 'SIP';
  const recordStatus = PROFILES[profile].packageType === 'SIP' ? ' RECORDSTATUS="NEW"' : '';
  return `  <mets:metsHdr CREATEDATE="${CREATED}" LASTMODDATE="${CREATED}"${recordStatus} csip:OAISPACKAGETYPE="${type}">
${agents(profile)}
  </mets:metsHdr>`;
}

function representationMets(profile: ProfileId, data: Uint8Array, premis: Uint8Array): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NAMESPACES} OBJID="rep1" LABEL="Representation rep1" TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE="${CANONICAL_PROFILE_URL[profile]}">
${header(profile)}
  <mets:amdSec ID="rep-amd-1">
    <mets:digiprovMD ID="rep-digiprov-premis" CREATED="${CREATED}" STATUS="CURRENT">
      ${mdRef('metadata/preservation/premis.xml', premis, 'PREMIS', '3.0')}
    </mets:digiprovMD>
  </mets:amdSec>
  <mets:fileSec ID="rep-filesec">
    <mets:fileGrp ID="rep-grp-data" USE="Representations/rep1/data" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture">
${fileEl('rep-file-1', 'data/bygglov%20beslut.txt', data, 'text/plain')}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="rep-structmap" TYPE="PHYSICAL" LABEL="CSIP">
    <mets:div ID="rep-div-root" LABEL="rep1">
      <mets:div ID="rep-div-metadata" LABEL="Metadata" ADMID="rep-digiprov-premis"/>
      <mets:div ID="rep-div-data" LABEL="Representations">
        <mets:fptr FILEID="rep-grp-data"/>
      </mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

function rootMets(profile: ProfileId, objid: string, files: FileTree): string {
  const get = (p: string): Uint8Array => files.get(p) as Uint8Array;
  const isAip = profile === 'aip-2.2';
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NAMESPACES} OBJID="${objid}" LABEL="Bygglov 2019" TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE="${CANONICAL_PROFILE_URL[profile]}">
${header(profile)}
  <mets:dmdSec ID="dmd-ead" CREATED="${CREATED}" STATUS="CURRENT">
    ${mdRef('metadata/descriptive/ead.xml', get('metadata/descriptive/ead.xml'), 'EAD', '2002')}
  </mets:dmdSec>
  <mets:amdSec ID="amd-1">
    <mets:digiprovMD ID="digiprov-premis" CREATED="${CREATED}" STATUS="CURRENT">
      ${mdRef('metadata/preservation/premis.xml', get('metadata/preservation/premis.xml'), 'PREMIS', '3.0')}
    </mets:digiprovMD>
  </mets:amdSec>
  <mets:fileSec ID="filesec-1">
    <mets:fileGrp ID="grp-doc" USE="Documentation">
${fileEl('file-doc-1', 'documentation/leveransbeskrivning.txt', get('documentation/leveransbeskrivning.txt'), 'text/plain')}
    </mets:fileGrp>
    <mets:fileGrp ID="grp-schemas" USE="Schemas">
${fileEl('file-schema-1', 'schemas/fixture.xsd', get('schemas/fixture.xsd'), 'application/xml')}
    </mets:fileGrp>
    <mets:fileGrp ID="grp-rep1" USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture">
${fileEl('file-rep1-mets', 'representations/rep1/METS.xml', get('representations/rep1/METS.xml'), 'application/xml')}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="structmap-csip" TYPE="PHYSICAL" LABEL="CSIP">
    <mets:div ID="div-root" LABEL="${isAip ? 'AIP' : 'Package'}">
      <mets:div ID="div-metadata" LABEL="Metadata" ADMID="digiprov-premis" DMDID="dmd-ead"/>
      <mets:div ID="div-doc" LABEL="Documentation">
        <mets:fptr FILEID="grp-doc"/>
      </mets:div>
      <mets:div ID="div-schemas" LABEL="Schemas">
        <mets:fptr FILEID="grp-schemas"/>
      </mets:div>
      <mets:div ID="div-reps" LABEL="Representations">
        <mets:fptr FILEID="grp-rep1"/>
      </mets:div>
      <mets:div ID="div-rep1" LABEL="Representations/rep1">
        <mets:mptr LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/METS.xml" xlink:title="grp-rep1"/>
      </mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

/** A valid package of the given profile as a file tree (paths relative to the root folder). */
export function buildFixture(options: FixtureOptions): { rootName: string; files: FileTree } {
  const objid = options.objid ?? 'uuid-3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f';
  const files: FileTree = new Map();
  const data = enc.encode('Beslut om bygglov, Lund 2019.\n');
  files.set('representations/rep1/data/bygglov beslut.txt', data);
  files.set('metadata/descriptive/ead.xml', enc.encode(EAD));
  files.set('metadata/preservation/premis.xml', enc.encode(PREMIS));
  files.set('documentation/leveransbeskrivning.txt', enc.encode('Leveransbeskrivning för testpaket.\n'));
  files.set('representations/rep1/metadata/preservation/premis.xml', enc.encode(PREMIS));
  files.set('schemas/fixture.xsd', enc.encode('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n'));
  let rep = representationMets(options.profile, data, enc.encode(PREMIS));
  if (options.repMets) rep = options.repMets(rep);
  files.set('representations/rep1/METS.xml', enc.encode(rep));
  let root = rootMets(options.profile, objid, files);
  if (options.rootMets) root = options.rootMets(root);
  files.set('METS.xml', enc.encode(root));
  options.files?.(files);
  return { rootName: objid, files };
}
