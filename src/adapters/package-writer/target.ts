/**
 * The shape every target kind shares (folder-target.ts, zip-target.ts, tar-target.ts): a sink the
 * writer fills, then either `finish()` (everything flushed and synced to disk, ready for the
 * atomic rename) or `abort()` (streams torn down; the caller removes the temporary output).
 */
import { open } from 'node:fs/promises';
import type { PackageSink } from '../../core/package/writer/package-sink.ts';

export type TargetKind = 'folder' | 'zip' | 'tar';

export interface TargetWriter {
  readonly sink: PackageSink;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

export interface TargetOptions {
  /** ZIP only: deflate (default) or store. */
  readonly compress?: boolean;
  /** Stored ZIP only: from how many files of one batch worker threads copy them (tests lower it). */
  readonly workersFrom?: number;
  /** Stops a worker copy under way (write-package.ts). */
  readonly signal?: AbortSignal;
}

/**
 * Opens a target writing to `tempPath` (a folder for `folder`, a file otherwise) whose single top
 * level entry is the folder `rootName` (CSIPSTR1).
 */
export type OpenTarget = (
  tempPath: string,
  rootName: string,
  options: TargetOptions,
) => Promise<TargetWriter>;

/** Flushes one file or folder to disk (fsync), before the package is published by rename. */
export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
