/**
 * Reading one AIP: its record, files, events and copies, and a file's bytes streamed from a
 * verified copy while they are hashed. Another tenant's AIP is answered as not found; a restricted
 * (secret) AIP needs aip:read-restricted, and every read of one is audited.
 */
import { createHash } from 'node:crypto';
import { ArchiveError } from '../../../core/errors.ts';
import type { Principal } from '../../../core/access/roles.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';
import {
  getAip,
  getAipFile,
  listAipCopies,
  listAipEvents,
  listAipFiles,
  updateCopy,
  type AipCopyRow,
  type AipEventRow,
  type AipFileRow,
  type AipRow,
} from '../../../repositories/aips.ts';
import { hasPermission } from '../access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from '../context.ts';
import { aipPrefix } from './read-aip.ts';

export interface AipDetail {
  readonly aip: AipRow;
  readonly files: AipFileRow[];
  readonly events: AipEventRow[];
  readonly copies: AipCopyRow[];
}

/** The AIP if the caller may read it (ARC_ERR_NOT_FOUND otherwise); audits reads of restricted AIPs. */
export async function readableAip(
  ctx: ServiceContext,
  p: Principal,
  id: string,
  action: string,
  detail?: object,
) {
  const aip = await getAip(ctx.db, id);
  if (!aip || !hasPermission(ctx, p, 'aip:read', aip.tenant_id))
    throw new ArchiveError('ARC_ERR_NOT_FOUND', [`AIP ${id}`]);
  if (aip.restricted === 1) {
    if (!hasPermission(ctx, p, 'aip:read-restricted', aip.tenant_id)) {
      throw new ArchiveError('ARC_ERR_FORBIDDEN', [`aip:read-restricted @ ${aip.tenant_id}`]);
    }
    await inTransaction(ctx, (trx) => audit(trx, ctx, p, aip.tenant_id, action, 'aip', aip.id, detail));
  }
  return aip;
}

export async function getAipDetail(
  ctx: ServiceContext,
  p: Principal,
  id: string,
  files: { limit: number; offset: number } = { limit: 1000, offset: 0 },
): Promise<AipDetail> {
  const aip = await readableAip(ctx, p, id, 'aip.read');
  const [fileRows, events, copies] = await Promise.all([
    listAipFiles(ctx.db, id, files),
    listAipEvents(ctx.db, id),
    listAipCopies(ctx.db, id),
  ]);
  return { aip, files: fileRows, events, copies };
}

export interface FileDownload {
  readonly file: AipFileRow;
  readonly location: string;
  /**
   * The bytes. The stream throws ARC_ERR_FIXITY_MISMATCH after the last chunk when they did not
   * match the recorded SHA-256 (the caller must then abort the response, never end it cleanly).
   */
  readonly body: AsyncIterable<Uint8Array>;
}

/**
 * Opens a file of an AIP from the first copy that is not marked damaged. The copy's bytes are
 * hashed on the way out; a mismatch marks the copy 'damaged' and audits a fixity failure, so the
 * next download uses another copy.
 */
export async function openAipFile(
  ctx: ServiceContext,
  stores: readonly BlobStore[],
  p: Principal,
  aipId: string,
  path: string,
): Promise<FileDownload> {
  const aip = await readableAip(ctx, p, aipId, 'aip.download', { path });
  const file = await getAipFile(ctx.db, aipId, path);
  if (!file) throw new ArchiveError('ARC_ERR_NOT_FOUND', [`${aipId}/${path}`]);
  const copies = await listAipCopies(ctx.db, aipId);
  const usable = copies.filter((c) => c.state !== 'damaged');
  const store = usable
    .map((c) => stores.find((s) => s.location === c.location))
    .find((s): s is BlobStore => !!s);
  if (!store) throw new ArchiveError('ARC_ERR_NO_VERIFIED_COPY', [`${aipId}/${path}`]);
  const key = `${aipPrefix(aipId)}/${path}`;
  async function* body(): AsyncIterable<Uint8Array> {
    const hash = createHash('sha256');
    let size = 0;
    // The last chunk is held back until the digest is known: a damaged copy never reaches the
    // client complete, so a failed check always shows as a broken transfer.
    let held: Uint8Array | null = null;
    for await (const chunk of (store as BlobStore).get(key)) {
      hash.update(chunk);
      size += chunk.byteLength;
      if (held) yield held;
      held = chunk;
    }
    const digest = hash.digest('hex');
    if (digest !== file?.sha256 || size !== file.size) {
      await inTransaction(ctx, async (trx) => {
        await updateCopy(trx, aipId, (store as BlobStore).location, { state: 'damaged' });
        await audit(trx, ctx, p, aip.tenant_id, 'aip.fixity-failure', 'aip', aipId, {
          path,
          location: (store as BlobStore).location,
          expected: file?.sha256,
          actual: digest,
          size,
          at: nowIso(ctx),
        });
      });
      throw new ArchiveError('ARC_ERR_FIXITY_MISMATCH', [`${(store as BlobStore).location}: ${key}`]);
    }
    if (held) yield held;
  }
  return { file, location: store.location, body: body() };
}
