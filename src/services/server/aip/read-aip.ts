/**
 * Reads an AIP back from one storage location into the record the database keeps: identity and
 * owner (ingest PREMIS), description (METS header, EAD), secrecy (PREMIS rights), every file with
 * size, SHA-256 and PUID (METS and representation PREMIS), the ingest events, and the text search
 * indexes (ERMS case numbers and titles included). Both the ingest (after the copies are verified)
 * and `samarkiv reindex` build the database rows with this one function, so storage is the truth.
 */
import { createHash } from 'node:crypto';
import { ArchiveError } from '../../../core/errors.ts';
import { ERMS_NS } from '../../../core/erms/erms-facts.ts';
import { allMdSecs, walkFiles, type MetsDocument } from '../../../core/package/mets-model.ts';
import { parseMets } from '../../../core/package/mets-parser.ts';
import { SafeXmlReader } from '../../../core/package/safe-xml-reader.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';
import { ID_TYPE, INGEST_PREMIS_FILE } from './ingest-events.ts';
import {
  allText,
  child,
  descendants,
  parseXmlRecords,
  parseXmlTree,
  textAt,
  type XmlNode,
} from './xml-tree.ts';

export interface AipFileFact {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly puid: string | null;
}

export interface AipEventFact {
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly agent: string;
  readonly outcome: string;
  readonly detail: string | null;
}

export interface AipRecord {
  readonly id: string;
  readonly objid: string;
  readonly tenantId: string;
  readonly projectId: string | null;
  readonly submissionId: string | null;
  readonly title: string;
  readonly recordsCreator: string | null;
  readonly systemName: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly referenceCode: string | null;
  readonly restricted: boolean;
  readonly createdAt: string;
  /** When the ingest finished (its 'ingestion end' event); the AIP's METS creation time otherwise. */
  readonly preservedAt: string;
  readonly size: number;
  readonly files: readonly AipFileFact[];
  readonly events: readonly AipEventFact[];
  /** Everything a search should find the AIP by, as plain text (analysed by the search module). */
  readonly searchText: string;
}

export const aipPrefix = (aipId: string): string => `aip/${aipId}`;
export const aipMetsKey = (aipId: string): string => `${aipPrefix(aipId)}/METS.xml`;

/** Caps on what ERMS contributes to the search text of one AIP. */
const MAX_ERMS_CASES = 20_000;
const MAX_ERMS_TEXT = 2 * 1024 * 1024;
/** Children of an ERMS aggregation that name the case: its number (diarienummer) and title. */
const CASE_FIELDS = new Set(['objectId', 'identification', 'title']);

function unreadable(aipId: string, what: string): ArchiveError {
  return new ArchiveError('ARC_ERR_AIP_UNREADABLE', [`${aipId}: ${what}`]);
}

const hrefOf = (attrs: Readonly<Record<string, string>>): string =>
  decodeURI((attrs['xlink:href'] ?? '').replace(/^\.\//, ''));
const join = (base: string, path: string): string => (base ? `${base}/${path}` : path);

/** Files a METS lists (fileSec and mdRefs), paths relative to the package root. */
function listedFiles(doc: MetsDocument, base: string): AipFileFact[] {
  const out: AipFileFact[] = [];
  for (const { file } of walkFiles(doc)) {
    const href = file.flocats[0]?.attrs ? hrefOf(file.flocats[0].attrs) : '';
    if (!href) continue;
    out.push({
      path: join(base, href),
      size: Number(file.attrs['SIZE'] ?? 0),
      sha256: (file.attrs['CHECKSUM'] ?? '').toLowerCase(),
      puid: null,
    });
  }
  for (const sec of allMdSecs(doc)) {
    for (const ref of sec.mdRefs) {
      const href = hrefOf(ref.attrs);
      if (!href) continue;
      out.push({
        path: join(base, href),
        size: Number(ref.attrs['SIZE'] ?? 0),
        sha256: (ref.attrs['CHECKSUM'] ?? '').toLowerCase(),
        puid: null,
      });
    }
  }
  return out;
}

function mdRefPaths(
  doc: MetsDocument,
  base: string,
  pick: (attrs: Readonly<Record<string, string>>) => boolean,
) {
  return allMdSecs(doc).flatMap((s) =>
    s.mdRefs.filter((r) => pick(r.attrs)).map((r) => join(base, hrefOf(r.attrs))),
  );
}

/** PUIDs by file path from a representation's PREMIS (file objects: originalName → formatRegistryKey). */
function puidsOf(objects: readonly XmlNode[], repFolder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const obj of objects) {
    const name = textAt(obj, 'originalName');
    const key = descendants(obj, 'formatRegistryKey')[0];
    if (name && key) out.set(`${repFolder}/data/${name}`, allText(key));
  }
  return out;
}

interface EadFacts {
  title: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  referenceCode: string | null;
  creator: string | null;
  text: string[];
}

function eadFacts(ead: XmlNode): EadFacts {
  const did = descendants(ead, 'archdesc')[0];
  const unitdate = did ? descendants(did, 'unitdate')[0] : undefined;
  const [from, to] = (unitdate?.attrs['normal'] ?? '').split('/');
  const title =
    textAt(ead, 'eadheader', 'filedesc', 'titlestmt', 'titleproper') ||
    (did ? descendants(did, 'unittitle')[0]?.text.trim() : '');
  const origination = did ? descendants(did, 'origination')[0] : undefined;
  return {
    title: title || null,
    dateFrom: from || null,
    dateTo: to || from || null,
    referenceCode: (did && descendants(did, 'unitid')[0]?.text.trim()) || null,
    creator: origination ? allText(origination) || null : null,
    text: did ? [allText(did), ...descendants(did, 'scopecontent').map(allText)] : [],
  };
}

/** Case numbers (objectId, identification) and titles of the ERMS aggregations (cases), streamed. */
async function ermsText(path: string, chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  let bytes = 0;
  const stack: { name: string; erms: boolean; text: string }[] = [];
  let isErms = false;
  let cases = 0;
  const reader = new SafeXmlReader(path, {
    open(tag) {
      if (stack.length === 0) isErms = tag.uri === ERMS_NS;
      stack.push({ name: tag.local, erms: tag.uri === ERMS_NS, text: '' });
      if (tag.local === 'aggregation') cases++;
    },
    close() {
      const node = stack.pop();
      const parent = stack[stack.length - 1];
      if (!node || !parent || !isErms || parent.name !== 'aggregation') return;
      if (CASE_FIELDS.has(node.name) && cases <= MAX_ERMS_CASES && bytes < MAX_ERMS_TEXT) {
        const t = node.text.replace(/\s+/g, ' ').trim();
        if (t) {
          out.push(t);
          bytes += t.length;
        }
      }
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top && CASE_FIELDS.has(top.name)) top.text += t;
    },
  });
  for await (const chunk of chunks) reader.write(chunk);
  reader.end();
  return isErms ? out : [];
}

async function metsWithDigest(store: BlobStore, key: string, path: string) {
  const hash = createHash('sha256');
  let size = 0;
  const doc = await parseMets(
    path,
    (async function* () {
      for await (const c of store.get(key)) {
        hash.update(c);
        size += c.byteLength;
        yield c;
      }
    })(),
  );
  return { doc, size, sha256: hash.digest('hex') };
}

interface IngestPremisFacts {
  tenantId: string;
  projectId: string | null;
  submissionId: string | null;
  systemName: string | null;
  events: AipEventFact[];
}

function ingestFacts(premis: XmlNode, aipId: string): IngestPremisFacts {
  const agentNames = new Map<string, string>();
  let tenantId: string | null = null;
  let systemName: string | null = null;
  for (const agent of descendants(premis, 'agent')) {
    const idNode = child(agent, 'agentIdentifier');
    const type = idNode ? textAt(idNode, 'agentIdentifierType') : '';
    const value = idNode ? textAt(idNode, 'agentIdentifierValue') : '';
    agentNames.set(`${type}\u0000${value}`, textAt(agent, 'agentName') || value);
    if (type === ID_TYPE.tenant) tenantId = value;
    if (type === ID_TYPE.sourceSystem) systemName = textAt(agent, 'agentName') || value;
  }
  if (!tenantId) throw unreadable(aipId, `${INGEST_PREMIS_FILE} names no tenant`);
  let submissionId: string | null = null;
  let projectId: string | null = null;
  for (const obj of descendants(premis, 'object')) {
    const id = child(obj, 'objectIdentifier');
    if (id && textAt(id, 'objectIdentifierType') === ID_TYPE.submission)
      submissionId = textAt(id, 'objectIdentifierValue');
    for (const rel of descendants(obj, 'relatedObjectIdentifier')) {
      if (textAt(rel, 'relatedObjectIdentifierType') === ID_TYPE.project)
        projectId = textAt(rel, 'relatedObjectIdentifierValue');
    }
  }
  const events = descendants(premis, 'event').map((e) => {
    const who = descendants(e, 'linkingAgentIdentifier').map((l) => {
      const key = `${textAt(l, 'linkingAgentIdentifierType')}\u0000${textAt(l, 'linkingAgentIdentifierValue')}`;
      return agentNames.get(key) ?? textAt(l, 'linkingAgentIdentifierValue');
    });
    const detail = descendants(e, 'eventDetail').map(allText).join(' ');
    return {
      id: textAt(e, 'eventIdentifier', 'eventIdentifierValue'),
      type: textAt(e, 'eventType'),
      at: textAt(e, 'eventDateTime'),
      agent: who.join(', '),
      outcome: descendants(e, 'eventOutcome').map(allText)[0] ?? '',
      detail: detail || null,
    };
  });
  return { tenantId, projectId, submissionId, systemName, events };
}

export async function readAipRecord(store: BlobStore, aipId: string): Promise<AipRecord> {
  const prefix = aipPrefix(aipId);
  const root = await metsWithDigest(store, aipMetsKey(aipId), 'METS.xml');
  const mets = root.doc.mets?.attrs;
  if (!mets?.['OBJID']) throw unreadable(aipId, 'METS.xml has no OBJID');
  const files: AipFileFact[] = [{ path: 'METS.xml', size: root.size, sha256: root.sha256, puid: 'fmt/101' }];
  files.push(...listedFiles(root.doc, ''));
  const read = (path: string) => store.get(`${prefix}/${path}`);
  const tree = (path: string) => parseXmlTree(path, read(path));

  const puids = new Map<string, string>();
  const ermsFiles: string[] = [];
  for (const repMets of files
    .filter((f) => /^representations\/[^/]+\/METS\.xml$/.test(f.path))
    .map((f) => f.path)) {
    const folder = repMets.slice(0, -'/METS.xml'.length);
    const doc = await parseMets(repMets, read(repMets));
    files.push(...listedFiles(doc, folder));
    for (const p of mdRefPaths(doc, folder, (a) => (a['MDTYPE'] ?? '').startsWith('PREMIS'))) {
      for (const [k, v] of puidsOf(await parseXmlRecords(p, read(p), 'object'), folder)) puids.set(k, v);
    }
    ermsFiles.push(
      ...mdRefPaths(doc, folder, (a) => /ERMS/i.test(`${a['MDTYPE']} ${a['OTHERMDTYPE'] ?? ''}`)),
    );
  }
  ermsFiles.push(
    ...mdRefPaths(root.doc, '', (a) => /ERMS/i.test(`${a['MDTYPE']} ${a['OTHERMDTYPE'] ?? ''}`)),
  );

  const ingestPath = `metadata/preservation/${INGEST_PREMIS_FILE}`;
  if (!files.some((f) => f.path === ingestPath)) throw unreadable(aipId, `no ${ingestPath}`);
  const ingest = ingestFacts(await tree(ingestPath), aipId);
  const premisPath = 'metadata/preservation/premis.xml';
  const restricted = (await parseXmlRecords(premisPath, read(premisPath), 'rightsStatement')).length > 0;

  const eadPath = mdRefPaths(root.doc, '', (a) => a['MDTYPE'] === 'EAD')[0];
  const ead = eadPath ? eadFacts(await tree(eadPath)) : null;
  const agents = root.doc.metsHdrs[0]?.agents ?? [];
  const archivist = agents.find((a) => a.attrs['ROLE'] === 'ARCHIVIST')?.names[0]?.text.trim() || null;
  const refCode =
    root.doc.metsHdrs[0]?.altRecordIds.find((i) => i.attrs['TYPE'] === 'REFERENCECODE')?.text.trim() || null;
  const agreement =
    root.doc.metsHdrs[0]?.altRecordIds.find((i) => i.attrs['TYPE'] === 'SUBMISSIONAGREEMENT')?.text.trim() ||
    '';
  const erms: string[] = [];
  for (const p of ermsFiles) erms.push(...(await ermsText(p, read(p))));

  const unique = new Map<string, AipFileFact>();
  for (const f of files) unique.set(f.path, { ...f, puid: puids.get(f.path) ?? f.puid });
  const title = ead?.title ?? mets['LABEL'] ?? aipId;
  const recordsCreator = ead?.creator ?? archivist;
  const referenceCode = refCode ?? ead?.referenceCode ?? null;
  const searchText = [
    title,
    mets['LABEL'] ?? '',
    recordsCreator ?? '',
    archivist ?? '',
    ingest.systemName ?? '',
    referenceCode ?? '',
    agreement,
    ead?.dateFrom ?? '',
    ead?.dateTo ?? '',
    ...(ead?.text ?? []),
    ...erms,
  ]
    .filter(Boolean)
    .join('\n');
  const all = [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
  return {
    id: aipId,
    objid: mets['OBJID'],
    tenantId: ingest.tenantId,
    projectId: ingest.projectId,
    submissionId: ingest.submissionId,
    title,
    recordsCreator,
    systemName: ingest.systemName,
    dateFrom: ead?.dateFrom ?? null,
    dateTo: ead?.dateTo ?? null,
    referenceCode,
    restricted,
    createdAt: root.doc.metsHdrs[0]?.attrs['CREATEDATE'] ?? '',
    preservedAt:
      ingest.events.find((e) => e.type === 'ingestion end')?.at ??
      root.doc.metsHdrs[0]?.attrs['CREATEDATE'] ??
      '',
    size: all.reduce((n, f) => n + f.size, 0),
    files: all,
    events: ingest.events,
    searchText,
  };
}
