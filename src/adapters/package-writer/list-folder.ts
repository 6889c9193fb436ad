/**
 * Lists every regular file under a folder for packing, depth first in byte order of the names.
 * Refuses what must not go into a package, with the same codes the package reader uses:
 * symbolic links (ARC_ERR_PKG_LINK), devices, FIFOs and sockets (ARC_ERR_PKG_SPECIAL_FILE), and
 * names that are not valid UTF-8 or that the reader would refuse (ARC_ERR_PKG_BAD_NAME).
 * Empty folders are not listed (nothing in them would be described in METS).
 *
 * The walk (walk-folder.js) is synchronous: a listing is one short system call per entry, and
 * awaiting a thread pool round trip for each of 100,000 documents cost seconds on a busy machine.
 * listFolderInWorker runs the same walk in a worker thread.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ArchiveError, archiveError } from '../../core/errors.ts';
import { checkRelativePath } from '../../core/package/writer/paths.ts';
import { WalkRefusal, walkFolder, type WalkedFolder } from './walk-folder.js';

export interface ListedFile {
  /** POSIX path relative to the listed folder. */
  readonly path: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtime: Date;
}

const REFUSAL_CODES = {
  link: 'ARC_ERR_PKG_LINK',
  special: 'ARC_ERR_PKG_SPECIAL_FILE',
  'bad-name': 'ARC_ERR_PKG_BAD_NAME',
} as const;

function checkRoot(root: string): void {
  let st;
  try {
    st = lstatSync(root);
  } catch {
    throw archiveError('ARC_ERR_INPUT_NOT_FOUND', root);
  }
  if (st.isSymbolicLink()) throw archiveError('ARC_ERR_PKG_LINK', root);
  if (!st.isDirectory()) throw archiveError('ARC_ERR_INPUT_UNSUPPORTED', root);
}

function refused(kind: WalkRefusal['kind'], path: string, cause?: unknown): ArchiveError {
  if (kind === 'read') return new ArchiveError('ARC_ERR_INPUT_READ', [path], { cause });
  return archiveError(REFUSAL_CODES[kind], path);
}

function toListed(root: string, walked: WalkedFolder): ListedFile[] {
  return walked.paths.map((path, i) => {
    checkRelativePath(path);
    return {
      path,
      absolutePath: join(root, path),
      size: walked.sizes[i] as number,
      mtime: new Date(walked.mtimes[i] as number),
    };
  });
}

export async function listFolder(root: string): Promise<ListedFile[]> {
  checkRoot(root);
  try {
    return toListed(root, walkFolder(root));
  } catch (e) {
    if (e instanceof WalkRefusal) throw refused(e.kind, e.path, e.cause);
    throw e;
  }
}

interface WorkerReply {
  readonly walked?: WalkedFolder;
  readonly failed?: {
    readonly refusal?: { kind: WalkRefusal['kind']; path: string };
    readonly code?: string;
    readonly syscall?: string;
    readonly message: string;
  };
}

/**
 * The same listing walked in a worker thread, so that the main thread can meanwhile do other work
 * (the ERMS packager parses the export's ERMS file): 100,000 documents take 2–3 s of lstat calls.
 */
export async function listFolderInWorker(root: string): Promise<ListedFile[]> {
  checkRoot(root);
  const worker = new Worker(new URL('./list-worker.js', import.meta.url), { workerData: { root } });
  let reply: WorkerReply;
  try {
    reply = await new Promise<WorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`list worker exited with ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
  const { walked, failed } = reply;
  if (walked) return toListed(root, walked);
  const f = failed as NonNullable<WorkerReply['failed']>;
  if (f.refusal) throw refused(f.refusal.kind, f.refusal.path, new Error(f.message));
  throw Object.assign(
    new Error(f.message),
    f.code ? { code: f.code } : {},
    f.syscall ? { syscall: f.syscall } : {},
  );
}
