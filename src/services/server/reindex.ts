/**
 * `samarkiv reindex`: the database's AIP records and the search index rebuilt from storage alone
 * (storage is the truth). Every location is listed; an AIP is every `aip/<id>/METS.xml` (written
 * last, so its presence means the AIP is complete there); each is read from the first location
 * that has it (read-aip.ts, the same reader the ingest uses). With `verify`, every copy is read back
 * and its checksums compared before it counts as verified; a copy that fails is recorded damaged.
 * Each copy's last fixity check (time, outcome, last time found intact) comes back from the PREMIS
 * events stored under `aip-events/` (storage-events.ts), so the AIP page reads as before.
 */
import type { BlobStore } from '../../ports/blob-store.ts';
import { clearAips, insertAip, optimizeSearchIndex, type CopyFact } from '../../repositories/aips.ts';
import { getTenant } from '../../repositories/tenants.ts';
import { isArchiveError } from '../../core/errors.ts';
import { verifyCopies } from './aip/ingest.ts';
import { aipPrefix, readAipRecord } from './aip/read-aip.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { searchEntry } from './search.ts';
import { lastCheckOf, readStoredEvents } from './storage-events.ts';

export interface ReindexResult {
  readonly aips: number;
  readonly files: number;
  readonly events: number;
  readonly copies: number;
  readonly damagedCopies: number;
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

const METS_KEY = /^aip\/([^/]+)\/METS\.xml$/;

/** AIP ids with the stores that hold a complete copy (their METS.xml), in storage order. */
export async function storedAips(stores: readonly BlobStore[]): Promise<Map<string, BlobStore[]>> {
  const found = new Map<string, BlobStore[]>();
  for (const store of stores) {
    for await (const blob of store.list('aip/')) {
      const id = METS_KEY.exec(blob.key)?.[1];
      if (!id) continue;
      const list = found.get(id) ?? [];
      list.push(store);
      found.set(id, list);
    }
  }
  return new Map([...found.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export async function reindex(
  ctx: ServiceContext,
  stores: readonly BlobStore[],
  options: { verify?: boolean; onAip?: (id: string) => void } = {},
): Promise<ReindexResult> {
  const found = await storedAips(stores);
  await inTransaction(ctx, (trx) => clearAips(trx, ctx.caps));
  let aips = 0;
  let files = 0;
  let events = 0;
  let copies = 0;
  let damagedCopies = 0;
  const skipped: { id: string; reason: string }[] = [];
  for (const [id, holders] of found) {
    options.onAip?.(id);
    try {
      const read = await readAipRecord(holders[0] as BlobStore, id);
      // Events after ingest (fixity audits, repairs) live beside the AIP (storage-events.ts).
      const stored = await readStoredEvents(stores, id);
      const record = { ...read, events: [...read.events, ...stored] };
      if (!(await getTenant(ctx.db, record.tenantId))) {
        skipped.push({ id, reason: `unknown tenant ${record.tenantId}` });
        continue;
      }
      const facts: CopyFact[] = [];
      for (const store of holders) {
        // The last fixity check as the audit recorded it; --verify replaces its state by today's.
        const check = lastCheckOf(stored, store.location);
        const checkedAt = check?.checkedAt ?? null;
        if (!options.verify) {
          facts.push({
            location: store.location,
            state: check?.state ?? 'present',
            verifiedAt: check?.verifiedAt ?? null,
            checkedAt,
          });
          continue;
        }
        try {
          await verifyCopies([store], aipPrefix(id), record.files);
          facts.push({ location: store.location, state: 'verified', verifiedAt: nowIso(ctx), checkedAt });
        } catch (e) {
          if (!isArchiveError(e)) throw e;
          damagedCopies++;
          facts.push({
            location: store.location,
            state: 'damaged',
            verifiedAt: check?.verifiedAt ?? null,
            checkedAt,
          });
        }
      }
      await inTransaction(ctx, (trx) =>
        insertAip(trx, ctx.caps, record, facts, searchEntry(ctx.caps, record.searchText)),
      );
      aips++;
      files += record.files.length;
      events += record.events.length;
      copies += facts.length;
    } catch (e) {
      if (!isArchiveError(e)) throw e;
      skipped.push({ id, reason: `${e.code}: ${e.message}` });
    }
  }
  const result = { aips, files, events, copies, damagedCopies, skipped };
  // A rebuilt index is one insert per AIP: merged once, searches read one b-tree (docs/adr/0011).
  await optimizeSearchIndex(ctx.db, ctx.caps);
  await inTransaction(ctx, (trx) =>
    audit(trx, ctx, null, null, 'aip.reindex', 'storage', null, {
      ...result,
      locations: stores.map((s) => s.location),
    }),
  );
  return result;
}
