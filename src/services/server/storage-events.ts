/**
 * Preservation events that happen after ingest (fixity audits, repairs) are kept in storage beside
 * the AIP, not in it: an AIP's files are immutable and listed with their checksums in its METS, so
 * a later event cannot be added to them. Each event is one small PREMIS 3 document of its own under
 * `aip-events/<aip id>/<time>-<event id>.xml`, written to every location (objects are never
 * rewritten, so nothing is read-modified-written and S3 needs no locking). `samarkiv reindex` reads
 * them back (the union over all locations, by event id) so the database stays rebuildable from
 * storage alone. docs/operations.md describes the layout.
 */
import type { Software } from '../../core/package/writer/mets-structure.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { AipEventFact } from './aip/read-aip.ts';
import { allText, descendants, parseXmlTree, textAt, type XmlNode } from './aip/xml-tree.ts';

export const EVENTS_ROOT = 'aip-events';
export const eventsPrefix = (aipId: string): string => `${EVENTS_ROOT}/${aipId}/`;

/** What one event found of one copy: a check's per-location result, kept for reindex. */
export interface CopyOutcome {
  readonly location: string;
  readonly state: 'verified' | 'damaged' | 'unreadable';
}

export interface StoredEvent {
  readonly id: string;
  readonly aipId: string;
  /** Library of Congress event type ('fixity check', 'replication'). */
  readonly type: string;
  readonly at: string;
  readonly outcome: 'success' | 'failure';
  readonly detail: string;
  readonly software: Software;
  /** The state found of each copy (fixity check, replication), one outcome detail note each. */
  readonly copies?: readonly CopyOutcome[];
}

/** A stored event as read back, with the copy outcomes it records (none for older events). */
export interface StoredEventFact extends AipEventFact {
  readonly copies: readonly CopyOutcome[];
}

const PREMIS_NS = 'http://www.loc.gov/premis/v3';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const agentNameOf = (s: Software): string => `${s.name} ${s.version}`;

export function renderEventPremis(e: StoredEvent): string {
  const agentId = `${e.software.name}-${e.software.version}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<premis:premis xmlns:premis="${PREMIS_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
  <premis:object xsi:type="premis:intellectualEntity">
    <premis:objectIdentifier>
      <premis:objectIdentifierType>URN</premis:objectIdentifierType>
      <premis:objectIdentifierValue>urn:uuid:${esc(e.aipId)}</premis:objectIdentifierValue>
    </premis:objectIdentifier>
  </premis:object>
  <premis:event>
    <premis:eventIdentifier>
      <premis:eventIdentifierType>URN</premis:eventIdentifierType>
      <premis:eventIdentifierValue>${esc(e.id)}</premis:eventIdentifierValue>
    </premis:eventIdentifier>
    <premis:eventType>${esc(e.type)}</premis:eventType>
    <premis:eventDateTime>${esc(e.at)}</premis:eventDateTime>
    <premis:eventDetailInformation>
      <premis:eventDetail>${esc(e.detail)}</premis:eventDetail>
    </premis:eventDetailInformation>
    <premis:eventOutcomeInformation>
      <premis:eventOutcome>${e.outcome}</premis:eventOutcome>${(e.copies ?? []).map(copyOutcomeXml).join('')}
    </premis:eventOutcomeInformation>
    <premis:linkingAgentIdentifier>
      <premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType>
      <premis:linkingAgentIdentifierValue>${esc(agentId)}</premis:linkingAgentIdentifierValue>
      <premis:linkingAgentRole>executing program</premis:linkingAgentRole>
    </premis:linkingAgentIdentifier>
    <premis:linkingObjectIdentifier>
      <premis:linkingObjectIdentifierType>URN</premis:linkingObjectIdentifierType>
      <premis:linkingObjectIdentifierValue>urn:uuid:${esc(e.aipId)}</premis:linkingObjectIdentifierValue>
    </premis:linkingObjectIdentifier>
  </premis:event>
  <premis:agent>
    <premis:agentIdentifier>
      <premis:agentIdentifierType>local</premis:agentIdentifierType>
      <premis:agentIdentifierValue>${esc(agentId)}</premis:agentIdentifierValue>
    </premis:agentIdentifier>
    <premis:agentName>${esc(agentNameOf(e.software))}</premis:agentName>
    <premis:agentType>software</premis:agentType>
    <premis:agentVersion>${esc(e.software.version)}</premis:agentVersion>
  </premis:agent>
</premis:premis>
`;
}

/**
 * One copy's result as an outcome detail note, `<state>: <location>` (state first: a location may
 * contain any character), so reindex can restore each copy's last check from storage alone.
 */
function copyOutcomeXml(c: CopyOutcome): string {
  return `
      <premis:eventOutcomeDetail>
        <premis:eventOutcomeDetailNote>${esc(`${c.state}: ${c.location}`)}</premis:eventOutcomeDetailNote>
      </premis:eventOutcomeDetail>`;
}

const COPY_NOTE = /^(verified|damaged|unreadable): (.+)$/s;

function copyOutcomeOf(note: XmlNode): CopyOutcome | null {
  const m = COPY_NOTE.exec(note.text.trim());
  return m ? { state: m[1] as CopyOutcome['state'], location: m[2] as string } : null;
}

/** The key of an event: time first, so a listing sorts in the order things happened. */
export function eventKey(e: StoredEvent): string {
  const stamp = e.at.replace(/[^0-9TZ]/g, '');
  return `${eventsPrefix(e.aipId)}${stamp}-${e.id.replace(/^urn:uuid:/, '')}.xml`;
}

async function* once(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

/**
 * Writes the event to every location. Returns the locations that could not take it (an
 * unreachable or full store); the event counts as stored when at least one location has it.
 */
export async function storeEvent(stores: readonly BlobStore[], e: StoredEvent): Promise<string[]> {
  const xml = renderEventPremis(e);
  const failed: string[] = [];
  await Promise.all(
    stores.map(async (s) => {
      try {
        await s.put(eventKey(e), once(xml));
      } catch {
        failed.push(s.location);
      }
    }),
  );
  if (failed.length === stores.length) {
    throw new Error(`no storage location took event ${e.id}: ${failed.join(', ')}`);
  }
  return failed;
}

async function readEvent(store: BlobStore, key: string): Promise<StoredEventFact | null> {
  const tree = await parseXmlTree(key, store.get(key));
  const event = descendants(tree, 'event')[0];
  if (!event) return null;
  const agent = descendants(tree, 'agent')[0];
  return {
    id: textAt(event, 'eventIdentifier', 'eventIdentifierValue'),
    type: textAt(event, 'eventType'),
    at: textAt(event, 'eventDateTime'),
    agent: agent ? textAt(agent, 'agentName') : '',
    outcome: descendants(event, 'eventOutcome').map(allText)[0] ?? '',
    detail: descendants(event, 'eventDetail').map(allText).join(' ') || null,
    copies: descendants(event, 'eventOutcomeDetailNote')
      .map(copyOutcomeOf)
      .filter((c): c is CopyOutcome => c !== null),
  };
}

/** Every post-ingest event of an AIP found in any of the locations, oldest first, each once. */
export async function readStoredEvents(
  stores: readonly BlobStore[],
  aipId: string,
): Promise<StoredEventFact[]> {
  const byId = new Map<string, StoredEventFact>();
  const seenKeys = new Set<string>();
  for (const store of stores) {
    for await (const blob of store.list(eventsPrefix(aipId))) {
      if (seenKeys.has(blob.key) || !blob.key.endsWith('.xml')) continue;
      // A copy that cannot be read is looked for again in the next location.
      const e = await readEvent(store, blob.key).catch(() => null);
      if (!e?.id) continue;
      seenKeys.add(blob.key);
      if (!byId.has(e.id)) byId.set(e.id, e);
    }
  }
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** A copy's last fixity check as the stored events record it. */
export interface CopyCheck {
  /** When it was last checked, whatever the outcome. */
  readonly checkedAt: string;
  /** What that check found. */
  readonly state: 'verified' | 'damaged';
  /** When it was last found intact (null when no check found it so). */
  readonly verifiedAt: string | null;
}

const CHECK_EVENTS = new Set(['fixity check', 'replication']);

/**
 * The state an event found of the copy in `location`: from its outcome notes, or, for an event
 * written before they existed, from its detail text (`<location>: N files verified` or
 * `<location>: damaged: …`, after `after: ` in a replication) — matched by the whole location.
 */
function copyStateIn(e: StoredEventFact, location: string): CopyOutcome['state'] | null {
  if (!CHECK_EVENTS.has(e.type)) return null;
  if (e.copies.length > 0) return e.copies.find((c) => c.location === location)?.state ?? null;
  const detail = e.detail ?? '';
  const afterAt = detail.indexOf('; after: ');
  const text = e.type === 'replication' && afterAt >= 0 ? detail.slice(afterAt + 9) : detail;
  for (const part of text.split('; ')) {
    if (!part.startsWith(`${location}: `)) continue;
    const rest = part.slice(location.length + 2);
    if (/^\d+ files verified$/.test(rest)) return 'verified';
    if (rest.startsWith('damaged: ')) return 'damaged';
    if (rest.startsWith('unreadable: ')) return 'unreadable';
  }
  return null;
}

/**
 * The last fixity check of one copy from the AIP's stored events (oldest first), as the audit set
 * it in the database: a location that was unreadable says nothing about the copy and is passed
 * over. Null when no event checked this copy.
 */
export function lastCheckOf(events: readonly StoredEventFact[], location: string): CopyCheck | null {
  let last: { at: string; state: 'verified' | 'damaged' } | null = null;
  let verifiedAt: string | null = null;
  for (const e of events) {
    const state = copyStateIn(e, location);
    if (state === 'verified') verifiedAt = e.at;
    if (state === 'verified' || state === 'damaged') last = { at: e.at, state };
  }
  return last ? { checkedAt: last.at, state: last.state, verifiedAt } : null;
}
