/**
 * Generates a valid E-ARK SIP 2.2 folder for benchmarks: N content files of given sizes in one
 * representation, with root and representation METS carrying real sizes and SHA-256 checksums.
 * Content is pseudo-random (incompressible) and hashed while it is written, so generation reads
 * nothing back.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';

const CREATED = '2026-11-26T00:00:00Z';
const NS =
  'xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"';
const PROFILE = 'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml';

async function writeRandomFile(path: string, size: number, block: Buffer): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  let left = size;
  let offset = 0;
  while (left > 0) {
    // Rotate through a random block so every file differs but generation stays cheap.
    const n = Math.min(left, block.length - (offset % block.length));
    const chunk = block.subarray(offset % block.length, (offset % block.length) + n);
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
    left -= n;
    offset += n + 7919;
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}

export interface GeneratedSip {
  readonly root: string;
  readonly dataFiles: readonly string[];
  readonly bytes: number;
}

function fileEntry(i: number, href: string, size: number, sha: string): string {
  return `<mets:file ID="f${i}" MIMETYPE="application/octet-stream" SIZE="${size}" CREATED="${CREATED}" CHECKSUM="${sha}" CHECKSUMTYPE="SHA-256"><mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${href}"/></mets:file>\n`;
}

function header(): string {
  return `<mets:metsHdr CREATEDATE="${CREATED}" LASTMODDATE="${CREATED}" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">
<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>samarkiv bench</mets:name><mets:note csip:NOTETYPE="SOFTWARE VERSION">1</mets:note></mets:agent>
<mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name>Lunds kommun</mets:name><mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001165</mets:note></mets:agent>
</mets:metsHdr>`;
}

export async function generateSip(dir: string, sizes: readonly number[]): Promise<GeneratedSip> {
  const objid = 'bench-sip';
  const root = join(dir, objid);
  const data = join(root, 'representations', 'rep1', 'data');
  await mkdir(data, { recursive: true });
  const block = randomBytes(8 * 1024 * 1024);
  const perDir = 1000;
  const entries: string[] = [];
  const dataFiles: string[] = [];
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const sub = `d${Math.floor(i / perDir)}`;
    if (i % perDir === 0) await mkdir(join(data, sub), { recursive: true });
    const name = `f${i}.bin`;
    const size = sizes[i] as number;
    const path = join(data, sub, name);
    const sha = await writeRandomFile(path, size, block);
    dataFiles.push(path);
    bytes += size;
    entries.push(fileEntry(i, `data/${sub}/${name}`, size, sha));
  }
  const repMets = `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NS} OBJID="rep1" TYPE="Datasets" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="bench" PROFILE="${PROFILE}">
${header()}
<mets:fileSec ID="fs"><mets:fileGrp ID="g-data" USE="Representations/rep1/data" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="bench">
${entries.join('')}</mets:fileGrp></mets:fileSec>
<mets:structMap ID="sm" TYPE="PHYSICAL" LABEL="CSIP"><mets:div ID="d-root" LABEL="rep1"><mets:div ID="d-data" LABEL="Representations"><mets:fptr FILEID="g-data"/></mets:div></mets:div></mets:structMap>
</mets:mets>
`;
  const repPath = join(root, 'representations', 'rep1', 'METS.xml');
  await writeFile(repPath, repMets);
  const repSha = createHash('sha256').update(repMets).digest('hex');
  const rootMets = `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets ${NS} OBJID="${objid}" TYPE="Datasets" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="bench" PROFILE="${PROFILE}">
${header()}
<mets:fileSec ID="fs-root"><mets:fileGrp ID="g-rep1" USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="bench">
${fileEntry(0, 'representations/rep1/METS.xml', Buffer.byteLength(repMets), repSha)}</mets:fileGrp></mets:fileSec>
<mets:structMap ID="sm-root" TYPE="PHYSICAL" LABEL="CSIP"><mets:div ID="d-top" LABEL="bench"><mets:div ID="d-meta" LABEL="Metadata"/><mets:div ID="d-reps" LABEL="Representations"><mets:fptr FILEID="g-rep1"/></mets:div><mets:div ID="d-rep1" LABEL="Representations/rep1"><mets:mptr LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/METS.xml" xlink:title="g-rep1"/></mets:div></mets:div></mets:structMap>
</mets:mets>
`;
  await writeFile(join(root, 'METS.xml'), rootMets);
  return { root, dataFiles, bytes };
}
