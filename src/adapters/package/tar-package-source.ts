import { rm } from 'node:fs/promises';
import { archiveError } from '../../core/errors.ts';
import type { PackageEntry, PackageLimits, PackageSource } from '../../ports/package-source.ts';
import { printable } from './entry-name.ts';
import { readFileChunks } from './file-chunks.ts';
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
  const { dir, listing, files } = await unpackTar(inputPath, options.gzip, options.limits, options.quarantineDir);
  const { rootName, topLevelNames, entries } = listing;
  const prefix = rootName === null ? '' : `${rootName}/`;
  return {
    kind: 'tar',
    inputPath,
    rootName,
    topLevelNames,
    entries,
    read: (path) => readQuarantined(entries.get(path), files.get(prefix + path), path),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function* readQuarantined(
  entry: PackageEntry | undefined,
  copy: string | undefined,
  path: string,
): AsyncGenerator<Uint8Array> {
  if (entry?.type !== 'file') throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
  if (copy === undefined) return; // an empty file: nothing was written for it
  let total = 0;
  try {
    for await (const chunk of readFileChunks(copy, entry.size)) {
      total += chunk.length;
      yield chunk;
    }
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', path);
  }
  // The copy was written with exactly `size` bytes; anything else means it changed under us.
  if (total !== entry.size) {
    throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(path)}: quarantined copy has ${total} of ${entry.size} bytes`);
  }
}
