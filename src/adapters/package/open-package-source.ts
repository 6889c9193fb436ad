import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { archiveError } from '../../core/errors.ts';
import type { OpenPackageOptions, PackageSource } from '../../ports/package-source.ts';
import { detectContainer } from './detect-container.ts';
import { openFolderSource } from './folder-package-source.ts';
import { resolveLimits } from './limits.ts';
import { openTarSource } from './tar-package-source.ts';
import { asArchiveError } from './to-archive-error.ts';
import { openZipSource } from './zip-package-source.ts';

/**
 * Opens a package given as a folder, a ZIP (ZIP64 included), a TAR or a gzip-compressed TAR,
 * dispatching on what the input is (stat, then magic bytes), never on its name. Every safety check
 * on the listing has passed when this resolves; every failure is an ArchiveError.
 */
export async function openPackageSource(
  inputPath: string,
  options: OpenPackageOptions = {},
): Promise<PackageSource> {
  const absolute = resolve(inputPath);
  try {
    const limits = resolveLimits(options.limits);
    // stat, not lstat: the input the user names may be a link; links *inside* a package may not.
    const stats = await statInput(absolute);
    if (stats.isDirectory()) return await openFolderSource(absolute, limits);
    // Checked before reading magic bytes: opening a FIFO for reading would block.
    if (!stats.isFile()) throw archiveError('ARC_ERR_INPUT_UNSUPPORTED', absolute);
    const kind = await detectContainer(absolute);
    if (kind === 'zip') return await openZipSource(absolute, limits);
    if (kind === null) throw archiveError('ARC_ERR_INPUT_UNSUPPORTED', absolute);
    return await openTarSource(absolute, {
      gzip: kind === 'tar+gzip',
      limits,
      quarantineDir: options.quarantineDir ?? tmpdir(),
    });
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', absolute);
  }
}

async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw archiveError('ARC_ERR_INPUT_NOT_FOUND', path);
    throw error;
  }
}
