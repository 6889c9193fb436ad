/**
 * Writes a package atomically: everything is built under a hidden temporary name next to the
 * target and renamed into place only when complete and synced. On any failure the partial output
 * is removed and an ArchiveError is thrown, so no half-written package is ever left behind
 * (research anchors: Archivematica issue #325, a partial transfer offered for approval).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, lstat, mkdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArchiveError, isArchiveError } from '../../core/errors.ts';
import { assemblePackage, type AssembledPackage } from '../../core/package/writer/assemble-package.ts';
import { createIdGenerator, type UuidSource } from '../../core/package/writer/ids.ts';
import type { Software } from '../../core/package/writer/mets-structure.ts';
import type { PackageSpec, ProfileId } from '../../core/package/writer/package-spec.ts';
import { preparePackage } from '../../core/package/writer/prepare.ts';
import { openFolderTarget } from './folder-target.ts';
import { openTarTarget } from './tar-target.ts';
import type { OpenTarget, TargetKind } from './target.ts';
import { openZipTarget } from './zip-target.ts';

export interface WriteTarget {
  readonly kind: TargetKind;
  /**
   * For `zip` and `tar`: the archive file to create. For `folder`: the directory in which the
   * package root folder (named after the OBJID, CSIPSTR2) is created; it is made if missing.
   */
  readonly path: string;
}

export interface WriteOptions {
  /** Injectable clock (tests); one reading is used for the whole package. */
  readonly clock?: () => Date;
  /** Injectable UUID source for IDs and the default OBJID (tests). */
  readonly uuid?: UuidSource;
  /** Recorded as the METS software agent and the PREMIS software agent. Default: samarkiv + package.json version. */
  readonly software?: Software;
  /** Folder holding the shipped XSDs (default: the repository's schemas/). */
  readonly schemasDir?: string;
  /** ZIP: deflate (default true) or store. */
  readonly compress?: boolean;
  /**
   * Awaited once everything is written and synced, before the package gets its final name; when it
   * throws, the temporary output is removed and its error is rethrown as it is.
   */
  readonly beforePublish?: () => Promise<void>;
  /** Stored ZIP: from how many data files worker threads copy them (default 1,000; tests lower it). */
  readonly workersFrom?: number;
  /**
   * Stops the build: the temporary output is removed and the signal's reason is thrown (a
   * coded error as it is). Checked between the steps and by the worker copy.
   */
  readonly signal?: AbortSignal;
}

export interface WrittenPackage extends AssembledPackage {
  readonly profile: ProfileId;
  readonly kind: TargetKind;
  /** The package as it now exists: the root folder, or the archive file. */
  readonly path: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OPENERS: Readonly<Record<TargetKind, OpenTarget>> = {
  folder: openFolderTarget,
  zip: openZipTarget,
  tar: openTarTarget,
};

let cachedSoftware: Software | undefined;
export function samarkivSoftware(): Software {
  if (!cachedSoftware) {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
    cachedSoftware = { name: 'samarkiv', version: pkg.version ?? '0.0.0' };
  }
  return cachedSoftware;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Removes the folders this run created for the output, innermost first, as long as they are empty. */
async function removeEmptyDirs(innermost: string, outermost: string): Promise<void> {
  for (let dir = innermost; dir.length >= outermost.length; dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    if (dir === outermost) return;
  }
}

/** Moves the finished temporary output to its final name without ever replacing something there. */
async function publish(temp: string, final: string, kind: TargetKind): Promise<void> {
  if (kind === 'folder') {
    if (await exists(final)) throw new ArchiveError('ARC_ERR_WRITE_TARGET_EXISTS', [final]);
    await rename(temp, final);
    return;
  }
  try {
    await link(temp, final); // fails with EEXIST instead of overwriting
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ArchiveError('ARC_ERR_WRITE_TARGET_EXISTS', [final]);
    throw e;
  }
  await unlink(temp);
}

export async function writePackage(
  spec: PackageSpec,
  target: WriteTarget,
  options: WriteOptions = {},
): Promise<WrittenPackage> {
  const ids = createIdGenerator(options.uuid);
  const prepared = preparePackage(spec, ids); // every usage error before the disk is touched
  const open = OPENERS[target.kind];
  if (!open) throw new ArchiveError('ARC_ERR_USAGE', [`unknown target kind ${String(target.kind)}`]);
  const final =
    target.kind === 'folder' ? join(resolve(target.path), prepared.folderName) : resolve(target.path);
  if (await exists(final)) throw new ArchiveError('ARC_ERR_WRITE_TARGET_EXISTS', [final]);

  const temp = join(dirname(final), `.${basename(final)}.samarkiv-tmp-${randomBytes(6).toString('hex')}`);
  const schemasDir = options.schemasDir ?? join(REPO_ROOT, 'schemas');
  let writer: Awaited<ReturnType<OpenTarget>> | undefined;
  let createdDir: string | undefined;
  let refused: unknown;
  try {
    createdDir = await mkdir(dirname(final), { recursive: true });
    writer = await open(temp, prepared.folderName, {
      ...(options.compress !== undefined ? { compress: options.compress } : {}),
      ...(options.workersFrom !== undefined ? { workersFrom: options.workersFrom } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const assembled = await assemblePackage(prepared, writer.sink, {
      now: (options.clock ?? (() => new Date()))(),
      ids,
      software: options.software ?? samarkivSoftware(),
      schemaSource: (ref) => ({ kind: 'file', path: join(schemasDir, ...ref.source.split('/')) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    options.signal?.throwIfAborted();
    await writer.finish();
    await options.beforePublish?.().catch((e: unknown) => {
      refused = e;
      throw e;
    });
    await publish(temp, final, target.kind);
    return { ...assembled, profile: spec.profile, kind: target.kind, path: final };
  } catch (e) {
    await writer?.abort().catch(() => {});
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    if (createdDir) await removeEmptyDirs(dirname(final), createdDir);
    if (isArchiveError(e) || (refused !== undefined && e === refused)) throw e;
    if (options.signal?.aborted && e === options.signal.reason) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new ArchiveError('ARC_ERR_WRITE_FAILED', [`${final}: ${message}`], { cause: e });
  }
}
