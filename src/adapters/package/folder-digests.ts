/**
 * Reads and digests whole files of a folder package in worker threads (digest-worker.js). With
 * 100,000 small files the open/read/hash/close per file cost the main thread about 5 s, which it
 * needs for parsing METS and running the rules; workers do it on the other core (docs/adr/0008).
 * Batches keep the messages few: one per few hundred files, each answered with plain arrays.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { digestAlgorithm } from '../../core/checksum/digest-algorithms.ts';
import { archiveError } from '../../core/errors.ts';
import type { ChecksumType } from '../../core/validation/package-context.ts';
import type { DigestRequest, FileDigests, PackageEntry } from '../../ports/package-source.ts';
import { printable } from './entry-name.ts';
import { asArchiveError } from './to-archive-error.ts';

const WORKER_URL = new URL('./digest-worker.js', import.meta.url);
/** Files per batch: few enough messages, small enough that both workers get work to the end. */
const BATCH_FILES = 256;
const BATCH_BYTES = 8 * 1024 * 1024;
/** Batches handed to a worker before it answers, so it never waits on the main thread. */
const IN_FLIGHT = 2;
/** More workers than this only contend for the same disk. */
const MAX_WORKERS = 4;

interface Batch {
  readonly id: number;
  readonly paths: string[];
  readonly types: readonly ChecksumType[];
  readonly message: {
    id: number;
    root: string;
    paths: string[];
    sizes: number[];
    algorithms: string[];
    copy?: CopyPlan;
  };
  bytes: number;
}

/** Where a batch's files go in a stored ZIP (digest-worker.js finishEntry). */
interface CopyPlan {
  readonly out: string;
  /** The batch's local headers one after another, CRC-32 still zero. */
  readonly headers: ArrayBuffer;
  /** Start of each file's header in `headers`, plus the end of the last. */
  readonly headerStarts: number[];
  /** Offset in the output where each file's bytes begin (right after its header). */
  readonly dataOffsets: number[];
}

/** One file for copyFilesInWorkers: an absolute path, its listed size and its reserved place. */
export interface FileToPlace {
  readonly path: string;
  readonly size: number;
  /** The entry's local header, CRC-32 field zero; written just before `dataOffset`. */
  readonly header: Uint8Array;
  readonly dataOffset: number;
}

interface Reply {
  readonly id: number;
  readonly progress?: number;
  readonly failed?: { index: number; code?: string; syscall?: string; message: string };
  readonly sizes?: Float64Array;
  readonly digests?: string[];
  readonly bytes?: number;
  /** Bytes of a copy batch written with O_DIRECT. */
  readonly direct?: number;
}

export type OnFileDigests = (path: string, result: FileDigests) => void;

export async function digestFolderFiles(
  root: string,
  entries: ReadonlyMap<string, PackageEntry>,
  requests: readonly DigestRequest[],
  onFile: OnFileDigests,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const batches = toBatches(root, entries, requests);
  if (batches.length === 0) return;
  const count = Math.min(MAX_WORKERS, Math.max(1, availableParallelism()), batches.length);
  const workers = Array.from({ length: count }, () => new Worker(WORKER_URL));
  try {
    await run(workers, batches, onFile, onBytes);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const COPY_TYPES: readonly ChecksumType[] = ['SHA-256', 'CRC32'];

/**
 * Writes files into a stored ZIP being built at `out`, each at its reserved place, in worker
 * threads: one read per file both digests it (SHA-256, CRC-32) and copies it (docs/adr/0014).
 * `onFile` gets the index of the file in `files`.
 */
export async function copyFilesInWorkers(
  out: string,
  files: readonly FileToPlace[],
  onFile: (index: number, result: { size: number; sha256: string; crc32: number }) => void,
  signal?: AbortSignal,
): Promise<{ readonly directBytes: number }> {
  signal?.throwIfAborted();
  if (files.length === 0) return { directBytes: 0 };
  const batches = copyBatches(out, files);
  const count = Math.min(MAX_WORKERS, Math.max(1, availableParallelism()), batches.length);
  const workers = Array.from({ length: count }, () => new Worker(WORKER_URL));
  const index = new Map(files.map((f, i) => [f.path, i]));
  if (index.size !== files.length) throw new Error('copyFilesInWorkers: the same file twice');
  try {
    return await run(
      workers,
      batches,
      (path, r) =>
        onFile(index.get(path) as number, {
          size: r.size,
          sha256: r.digests['SHA-256'] as string,
          crc32: Number.parseInt(r.digests.CRC32 as string, 16),
        }),
      undefined,
      signal,
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function copyBatches(out: string, files: readonly FileToPlace[]): Batch[] {
  const algorithms = COPY_TYPES.map((t) => digestAlgorithm(t) as string);
  const batches: Batch[] = [];
  for (let from = 0; from < files.length;) {
    let to = from;
    let bytes = 0;
    while (to < files.length && to - from < BATCH_FILES && bytes < BATCH_BYTES) bytes += files[to++]!.size;
    const part = files.slice(from, to);
    const headerStarts = [0];
    for (const f of part) headerStarts.push((headerStarts.at(-1) as number) + f.header.length);
    const headers = new Uint8Array(headerStarts.at(-1) as number);
    part.forEach((f, i) => headers.set(f.header, headerStarts[i]));
    const paths = part.map((f) => f.path);
    const copy = { out, headers: headers.buffer, headerStarts, dataOffsets: part.map((f) => f.dataOffset) };
    const id = batches.length;
    const message = { id, root: '', paths, sizes: part.map((f) => f.size), algorithms, copy };
    batches.push({ id, paths, types: COPY_TYPES, message, bytes });
    from = to;
  }
  return batches;
}

/** Groups the requests into batches of files that want the same algorithms. */
function toBatches(
  root: string,
  entries: ReadonlyMap<string, PackageEntry>,
  requests: readonly DigestRequest[],
): Batch[] {
  const done: Batch[] = [];
  const open = new Map<string, Batch>();
  for (const { path, types } of requests) {
    const entry = entries.get(path);
    if (entry?.type !== 'file')
      throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
    const key = types.join(',');
    let batch = open.get(key);
    if (!batch) {
      const algorithms = types.map((t) => digestAlgorithm(t) ?? unsupported(t));
      const paths: string[] = [];
      batch = { id: 0, paths, types, message: { id: 0, root, paths, sizes: [], algorithms }, bytes: 0 };
      open.set(key, batch);
    }
    batch.paths.push(path);
    batch.message.sizes.push(entry.size);
    batch.bytes += entry.size;
    if (batch.paths.length >= BATCH_FILES || batch.bytes >= BATCH_BYTES) {
      done.push(batch);
      open.delete(key);
    }
  }
  done.push(...open.values());
  done.forEach((b, i) => {
    (b as { id: number }).id = i;
    b.message.id = i;
  });
  return done;
}

function unsupported(type: ChecksumType): never {
  throw new Error(`digestFiles cannot compute ${type}`);
}

function run(
  workers: readonly Worker[],
  batches: readonly Batch[],
  onFile: OnFileDigests,
  onBytes: ((bytes: number) => void) | undefined,
  signal?: AbortSignal,
): Promise<{ directBytes: number }> {
  return new Promise((resolve, reject) => {
    // Stopped: rejected at once; the caller terminates the workers, mid-batch if need be.
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    let next = 0;
    let answered = 0;
    let directBytes = 0;
    const send = (worker: Worker): void => {
      const batch = batches[next++];
      if (batch) worker.postMessage(batch.message);
    };
    for (const worker of workers) {
      worker.on('message', (reply: Reply) => {
        const batch = batches[reply.id] as Batch;
        if (reply.progress !== undefined) return onBytes?.(reply.progress);
        if (reply.failed) return reject(workerError(batch.paths[reply.failed.index] as string, reply.failed));
        try {
          deliver(batch, reply, onFile);
        } catch (e) {
          // The caller's callback failed (a name its XML cannot hold, say): the copy fails with it.
          return reject(e);
        }
        onBytes?.(reply.bytes ?? 0);
        directBytes += reply.direct ?? 0;
        if (++answered === batches.length) resolve({ directBytes });
        else send(worker);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`digest worker exited with ${code}`)));
      for (let i = 0; i < IN_FLIGHT; i++) send(worker);
    }
  });
}

function deliver(batch: Batch, reply: Reply, onFile: OnFileDigests): void {
  const sizes = reply.sizes as Float64Array;
  const hex = reply.digests as string[];
  const k = batch.types.length;
  batch.paths.forEach((path, i) => {
    const digests: Partial<Record<ChecksumType, string>> = {};
    for (let j = 0; j < k; j++) digests[batch.types[j] as ChecksumType] = hex[i * k + j] as string;
    onFile(path, { size: sizes[i] as number, digests });
  });
}

/**
 * The error read() gives for the same failure: ELOOP is a symlink swapped in after the listing. A
 * failed write into the output (a full disk) is not the input's fault: it stays an uncoded error
 * with its errno, which the package writer reports as ARC_ERR_WRITE_FAILED for its output.
 */
function workerError(path: string, failed: NonNullable<Reply['failed']>): Error {
  if (failed.syscall === 'write')
    return Object.assign(new Error(failed.message), { code: failed.code, syscall: failed.syscall });
  if (failed.code === 'ELOOP') return archiveError('ARC_ERR_PKG_LINK', printable(path));
  const error = Object.assign(new Error(failed.message), failed.syscall ? { syscall: failed.syscall } : {});
  return asArchiveError(error, 'ARC_ERR_INPUT_READ', path);
}
