/**
 * What must hold after any crash: every delivery is either preserved (AIP row, every copy
 * verified, every copy's files read back with the recorded SHA-256 and nothing else under the
 * AIP's prefix) or resumable (its job still open, nothing counted); no submission offered for
 * approval without its package intact; storage holds nothing but those AIPs, the remains of an
 * interrupted attempt that the open job will replace, and unlisted temporary files of killed writes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor } from '../../src/services/server/aip/ingest.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';

export interface CrashState {
  readonly problems: string[];
  readonly preserved: number;
  readonly resumable: number;
  /** AIP prefixes in storage with objects but no AIP row (an interrupted ingest). */
  readonly interruptedAips: number;
  /** Temporary files of killed writes (never listed, never counted). */
  readonly tempFiles: number;
}

async function sha256OfStream(chunks: AsyncIterable<Uint8Array>): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const c of chunks) {
    hash.update(c);
    size += c.byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

async function keysUnder(store: BlobStore, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const b of store.list(prefix)) out.push(b.key);
  return out.sort();
}

function countTempFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countTempFiles(join(dir, e.name));
    else if (e.name.startsWith('.') && e.name.includes('.tmp-')) n++;
  }
  return n;
}

export async function checkCrashState(
  ctx: ServiceContext,
  stores: readonly BlobStore[],
  storageFolders: readonly string[],
  dataDir: string,
): Promise<CrashState> {
  const problems: string[] = [];
  const db = ctx.db;
  const subs = await db.selectFrom('submissions').selectAll().execute();
  const aips = await db.selectFrom('aips').selectAll().execute();
  const openJobs = await db
    .selectFrom('jobs')
    .select(['kind', 'payload'])
    .where('state', 'in', ['queued', 'running'])
    .execute();
  const openJob = (kind: string, id: string): boolean =>
    openJobs.some(
      (j) => j.kind === kind && (JSON.parse(j.payload) as { submissionId?: string }).submissionId === id,
    );
  let preserved = 0;
  let resumable = 0;

  for (const aip of aips) {
    const sub = subs.find((s) => s.id === aip.submission_id);
    if (aip.state !== 'preserved') problems.push(`AIP ${aip.id} is ${aip.state}`);
    if (sub?.state !== 'preserved') problems.push(`AIP ${aip.id} exists but its submission is ${sub?.state}`);
    const copies = await db.selectFrom('aip_copies').selectAll().where('aip_id', '=', aip.id).execute();
    const files = await db.selectFrom('aip_files').selectAll().where('aip_id', '=', aip.id).execute();
    if (files.length === 0) problems.push(`AIP ${aip.id} has no files`);
    const expected = files.map((f) => `aip/${aip.id}/${f.path}`).sort();
    for (const store of stores) {
      const copy = copies.find((c) => c.location === store.location);
      if (copy?.state !== 'verified' || !copy.verified_at)
        problems.push(`AIP ${aip.id}: copy ${store.location} not verified`);
      const stored = await keysUnder(store, `aip/${aip.id}/`);
      if (stored.join('\n') !== expected.join('\n'))
        problems.push(
          `AIP ${aip.id}: ${store.location} holds ${stored.length} objects, ${expected.length} recorded`,
        );
      for (const f of files) {
        const got = await sha256OfStream(store.get(`aip/${aip.id}/${f.path}`)).catch(() => null);
        if (got?.sha256 !== f.sha256 || got.size !== f.size)
          problems.push(`AIP ${aip.id}: ${store.location} ${f.path} differs`);
      }
    }
    if (copies.length !== stores.length) problems.push(`AIP ${aip.id} has ${copies.length} copies`);
  }

  for (const s of subs) {
    const hasAip = aips.some((a) => a.submission_id === s.id);
    if (s.state === 'preserved') {
      preserved++;
      if (!hasAip) problems.push(`submission ${s.id} preserved without an AIP`);
      continue;
    }
    if (hasAip) problems.push(`submission ${s.id} is ${s.state} but has an AIP`);
    const kind = s.state === 'approved' ? 'ingest' : s.state === 'received' ? 'control' : null;
    if (kind) {
      if (openJob(kind, s.id)) resumable++;
      else problems.push(`submission ${s.id} is ${s.state} without an open ${kind} job`);
    } else if (s.state !== 'controlled') {
      problems.push(`submission ${s.id} is ${s.state}: ${s.failure ?? ''}`);
    }
    // Offered for approval, approved or waiting for control: the package must be there, intact.
    const path = resolve(dataDir, s.blob_key ?? '');
    const got = existsSync(path) ? await sha256OfStream(createReadStream(path)) : null;
    if (!got || got.sha256 !== s.sha256)
      problems.push(`submission ${s.id} (${s.state}): package missing or changed`);
    if (s.state === 'controlled' && !s.report)
      problems.push(`submission ${s.id} controlled without a report`);
  }

  // Whatever lies under aip/ without an AIP row must be the interrupted attempt of an open ingest.
  const rowIds = new Set(aips.map((a) => a.id));
  const pending = new Set(subs.filter((s) => s.state === 'approved').map((s) => aipIdFor(s.id)));
  const interrupted = new Set<string>();
  for (const store of stores) {
    for (const key of await keysUnder(store, '')) {
      const id = /^aip\/([^/]+)\//.exec(key)?.[1];
      if (!id) problems.push(`${store.location}: stray object ${key}`);
      else if (!rowIds.has(id)) {
        if (pending.has(id)) interrupted.add(id);
        else problems.push(`${store.location}: object ${key} of no AIP and no pending ingest`);
      }
    }
  }
  const tempFiles = storageFolders.reduce((n, f) => n + countTempFiles(f), 0);
  return { problems, preserved, resumable, interruptedAips: interrupted.size, tempFiles };
}

/** Files in the data folder outside its areas (database, keys, quarantine, storage). */
export function strayFiles(dataDir: string, submissionIds: ReadonlySet<string>, final: boolean): string[] {
  const stray: string[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!['keys', 'quarantine', 'storage'].includes(name) && !name.startsWith('samarkiv.db'))
      stray.push(name);
  }
  const quarantine = join(dataDir, 'quarantine');
  for (const id of existsSync(quarantine) ? readdirSync(quarantine) : []) {
    if (!submissionIds.has(id)) {
      stray.push(`quarantine/${id} [${readdirSync(join(quarantine, id)).join(', ')}]`);
      continue;
    }
    // A control job's work folder remains only while that job is still to run again.
    for (const f of readdirSync(join(quarantine, id)))
      if (f !== 'package' && (final || f !== 'work')) stray.push(`quarantine/${id}/${f}`);
  }
  return stray;
}
