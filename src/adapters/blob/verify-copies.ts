/**
 * Reads every stored file of every copy back and compares its SHA-256 and size with what was
 * written (the ingest's last step before an AIP counts, and `reindex --verify`). Copies in local
 * folders are read in worker threads (the validator's digest workers, docs/adr/0008), all copies at
 * once, so that the hashing uses every core instead of queueing on the main thread; other stores
 * are streamed through `get` (docs/adr/0012).
 */
import { join } from 'node:path';
import { sizeAndSha256 } from '../../core/checksum/size-and-sha256.ts';
import { ArchiveError } from '../../core/errors.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { PackageEntry } from '../../ports/package-source.ts';
import { digestFolderFiles } from '../package/folder-digests.ts';

export interface FileToVerify {
  /** Path below the key prefix. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

const HEARTBEAT_MS = 30_000;

function mismatch(store: BlobStore, key: string): ArchiveError {
  return new ArchiveError('ARC_ERR_FIXITY_MISMATCH', [`${store.location}: ${key}`]);
}

/** The folder of a local store (`fs:<absolute folder>`), or null for any other store. */
function localFolder(store: BlobStore): string | null {
  return store.location.startsWith('fs:') ? store.location.slice(3) : null;
}

async function verifyInWorkers(
  store: BlobStore,
  folder: string,
  prefix: string,
  files: readonly FileToVerify[],
  onBytes: () => void,
): Promise<void> {
  const root = join(folder, ...prefix.split('/'));
  const entries = new Map<string, PackageEntry>(
    files.map((f) => [f.path, { path: f.path, type: 'file', size: f.size }]),
  );
  const expected = new Map(files.map((f) => [f.path, f]));
  let bad: string | null = null;
  try {
    await digestFolderFiles(
      root,
      entries,
      files.map((f) => ({ path: f.path, types: ['SHA-256'] as const })),
      (path, result) => {
        const f = expected.get(path);
        if (!f || result.size !== f.size || result.digests['SHA-256'] !== f.sha256) bad ??= path;
      },
      onBytes,
    );
  } catch (e) {
    // A missing or unreadable file is a copy that does not hold what was written.
    if (e instanceof ArchiveError && e.code === 'ARC_ERR_INPUT_READ') throw mismatch(store, prefix);
    throw e;
  }
  if (bad !== null) throw mismatch(store, `${prefix}/${bad}`);
}

async function verifyByStreaming(
  store: BlobStore,
  prefix: string,
  files: readonly FileToVerify[],
  onBytes: () => void,
): Promise<void> {
  for (const f of files) {
    const { size, sha256 } = await sizeAndSha256(store.get(`${prefix}/${f.path}`));
    if (size !== f.size || sha256 !== f.sha256) throw mismatch(store, `${prefix}/${f.path}`);
    onBytes();
  }
}

/** Throws ARC_ERR_FIXITY_MISMATCH on the first copy that differs from `files`. */
export async function verifyStoredCopies(
  stores: readonly BlobStore[],
  prefix: string,
  files: readonly FileToVerify[],
  heartbeat?: () => Promise<void>,
): Promise<void> {
  let last = Date.now();
  let beating: Promise<void> | null = null;
  let lostLease: unknown = null;
  const onBytes = (): void => {
    if (!heartbeat || beating || Date.now() - last < HEARTBEAT_MS) return;
    last = Date.now();
    beating = heartbeat()
      .catch((e: unknown) => void (lostLease ??= e))
      .finally(() => (beating = null));
  };
  const results = await Promise.allSettled(
    stores.map((store) => {
      const folder = localFolder(store);
      return folder === null
        ? verifyByStreaming(store, prefix, files, onBytes)
        : verifyInWorkers(store, folder, prefix, files, onBytes);
    }),
  );
  await beating;
  if (lostLease !== null) throw lostLease;
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
