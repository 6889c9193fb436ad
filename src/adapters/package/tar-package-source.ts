import { rm } from 'node:fs/promises';
import { archiveError } from '../../core/errors.ts';
import type { PackageEntry, PackageLimits, PackageSource } from '../../ports/package-source.ts';
import { printable } from './entry-name.ts';
import { readRangeChunks } from './file-chunks.ts';
import type { QuarantineBlob } from './quarantine-blob.ts';
import { unpackTar } from './tar-quarantine.ts';
import { asArchiveError } from './to-archive-error.ts';

export interface TarOptions {
  readonly gzip: boolean;
  readonly limits: PackageLimits;
  /** Parent of the quarantine folder. */
  readonly quarantineDir: string;
}

/**
 * A package given as a TAR or .tar.gz. A TAR has no index to seek in, so it is unpacked once into
 * a quarantine folder (see tar-quarantine.ts) and every read() streams the quarantined copy.
 */
export async function openTarSource(inputPath: string, options: TarOptions): Promise<PackageSource> {
  const { dir, blob, listing, offsets } = await unpackTar(
    inputPath,
    options.gzip,
    options.limits,
    options.quarantineDir,
  );
  const { rootName, topLevelNames, entries } = listing;
  const prefix = rootName === null ? '' : `${rootName}/`;
  return {
    kind: 'tar',
    inputPath,
    rootName,
    topLevelNames,
    entries,
    read: (path) => readQuarantined(blob, entries.get(path), offsets.get(prefix + path), path),
    close: async () => {
      blob.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function* readQuarantined(
  blob: QuarantineBlob,
  entry: PackageEntry | undefined,
  offset: number | undefined,
  path: string,
): AsyncGenerator<Uint8Array> {
  if (entry?.type !== 'file' || offset === undefined) {
    throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
  }
  if (blob.closed)
    throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: the package source is closed`);
  let total = 0;
  try {
    for await (const chunk of readRangeChunks(blob.fd, offset, entry.size, false)) {
      total += chunk.length;
      yield chunk;
      // Checked before the next read: after close() the fd number may already belong to another file.
      if (blob.closed)
        throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: the package source is closed`);
    }
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', path);
  }
  // The blob was written in full before the source opened; a short read means it changed under us.
  if (total !== entry.size) {
    throw archiveError(
      'ARC_ERR_ARCHIVE_CORRUPT',
      `${printable(path)}: quarantined copy has ${total} of ${entry.size} bytes`,
    );
  }
}
