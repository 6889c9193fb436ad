/**
 * Writes a package straight into every storage location at once, as a folder layout of objects
 * (`<keyPrefix>/<path in package>`): each file is read once, hashed once, and its chunks are fanned
 * out to one put per location. The writer (core/package/writer) writes the root METS.xml last, so
 * a location that has `<keyPrefix>/METS.xml` got every other file first; the ingest still reads
 * every copy back before it counts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArchiveError } from '../../core/errors.ts';
import { assemblePackage, type AssembledPackage } from '../../core/package/writer/assemble-package.ts';
import { createIdGenerator } from '../../core/package/writer/ids.ts';
import type { Software } from '../../core/package/writer/mets-structure.ts';
import type { PackageSink } from '../../core/package/writer/package-sink.ts';
import type { PackageSpec } from '../../core/package/writer/package-spec.ts';
import { preparePackage } from '../../core/package/writer/prepare.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { sourceInfo, tap } from '../package-writer/content-stream.ts';
import { samarkivSoftware } from '../package-writer/write-package.ts';

export interface StoredFile {
  /** Path inside the package. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface StoredPackage extends AssembledPackage {
  readonly files: number;
  readonly written: readonly StoredFile[];
}

const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/** The error other copies get when one copy stops reading (its own error is the one to report). */
class CopyAborted extends Error {}

/**
 * Hands every chunk of `source` to `n` consumers and pulls the next chunk only when all of them
 * asked for it, i.e. finished with the previous one (sources may reuse buffers). When one consumer
 * stops early (its put failed), the others fail too, and the source is closed.
 */
export function fanOut(source: AsyncIterable<Uint8Array>, n: number): AsyncIterable<Uint8Array>[] {
  const iterator = source[Symbol.asyncIterator]();
  type Waiter = { resolve(r: IteratorResult<Uint8Array>): void; reject(e: unknown): void };
  let waiting: Waiter[] = [];
  let failure: unknown = null;

  const fail = (e: unknown): void => {
    failure ??= e;
    const batch = waiting;
    waiting = [];
    for (const w of batch) w.reject(failure);
  };

  const request = (): Promise<IteratorResult<Uint8Array>> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
      if (waiting.length < n) return;
      const batch = waiting;
      waiting = [];
      iterator.next().then(
        (r) => batch.forEach((w) => w.resolve(r)),
        (e: unknown) => {
          failure ??= e;
          batch.forEach((w) => w.reject(e));
        },
      );
    });

  return Array.from({ length: n }, () => ({
    [Symbol.asyncIterator]: (): AsyncIterator<Uint8Array> => ({
      next: request,
      async return() {
        fail(new CopyAborted('another storage copy failed'));
        await iterator.return?.().catch(() => {});
        return { done: true, value: undefined };
      },
    }),
  }));
}

/** The first failure that is a copy's own, not the echo of another copy's failure. */
function firstRealFailure(results: readonly PromiseSettledResult<unknown>[]): unknown {
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  return (rejected.find((r) => !(r.reason instanceof CopyAborted)) ?? rejected[0])?.reason;
}

export function blobPackageSink(
  stores: readonly BlobStore[],
  keyPrefix: string,
): {
  sink: PackageSink;
  written: StoredFile[];
} {
  const written: StoredFile[] = [];
  const sink: PackageSink = {
    async mkdir() {
      // Object stores have no folders; empty E-ARK folders are implied by the METS structure.
    },
    async writeFile(path, source) {
      const info = await sourceInfo(source);
      const t = tap(source, source.kind === 'file' ? undefined : info.size);
      const branches = fanOut(t.chunks, stores.length);
      const results = await Promise.allSettled(
        stores.map(async (s, i) => {
          const branch = branches[i] as AsyncIterable<Uint8Array>;
          try {
            return await s.put(`${keyPrefix}/${path}`, branch);
          } catch (e) {
            // A put that failed before reading must still release the other copies.
            await branch[Symbol.asyncIterator]().return?.();
            throw e;
          }
        }),
      );
      const failure = firstRealFailure(results);
      if (failure !== undefined) throw failure;
      const read = t.result();
      for (const [i, r] of results.entries()) {
        const w = (r as PromiseFulfilledResult<{ size: number; sha256: string }>).value;
        if (w.sha256 !== read.sha256 || w.size !== read.size) {
          throw new ArchiveError('ARC_ERR_FIXITY_MISMATCH', [`${stores[i]?.location}: ${path}`]);
        }
      }
      written.push({ path, size: read.size, sha256: read.sha256 });
      return { ...read, ...(info.mtime ? { sourceMtime: info.mtime } : {}) };
    },
  };
  return { sink, written };
}

export interface BlobWriteOptions {
  readonly clock?: () => Date;
  readonly software?: Software;
}

/** Writes `spec` into every store under `keyPrefix`; throws on the first failure (the caller cleans up). */
export async function writePackageToStores(
  spec: PackageSpec,
  stores: readonly BlobStore[],
  keyPrefix: string,
  options: BlobWriteOptions = {},
): Promise<StoredPackage> {
  const ids = createIdGenerator();
  const prepared = preparePackage(spec, ids);
  const { sink, written } = blobPackageSink(stores, keyPrefix);
  const assembled = await assemblePackage(prepared, sink, {
    now: (options.clock ?? (() => new Date()))(),
    ids,
    software: options.software ?? samarkivSoftware(),
    schemaSource: (ref) => ({ kind: 'file', path: join(SCHEMAS_DIR, ...ref.source.split('/')) }),
  });
  return { ...assembled, written };
}
