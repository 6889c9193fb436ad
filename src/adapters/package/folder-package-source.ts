import { lstatSync, type Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { archiveError } from '../../core/errors.ts';
import type { PackageEntry, PackageLimits, PackageSource } from '../../ports/package-source.ts';
import { printable } from './entry-name.ts';
import { EntryListing } from './entry-listing.ts';
import { mayBlock } from './event-loop-budget.ts';
import { readFileChunks } from './file-chunks.ts';
import { digestFolderFiles } from './folder-digests.ts';
import { asArchiveError } from './to-archive-error.ts';

/**
 * A package given as a folder. The walk uses lstat semantics and never follows a link: a symlink,
 * a device, FIFO or socket, or a file with more than one hard link (its content could change
 * through a name outside the package) is refused.
 */
export async function openFolderSource(root: string, limits: PackageLimits): Promise<PackageSource> {
  const listing = new EntryListing(limits);
  await walk(root, '', listing);
  const rootName = basename(root);
  const { topLevelNames, entries } = listing.finish(rootName);
  return {
    kind: 'folder',
    inputPath: root,
    rootName,
    topLevelNames,
    entries,
    read: (path) => readFolderEntry(root, entries, path),
    localPath: (path) => (entries.get(path)?.type === 'file' ? join(root, path) : null),
    digestFiles: (requests, onFile, onBytes) => digestFolderFiles(root, entries, requests, onFile, onBytes),
    // Nothing to release: each read() opens and closes its own file handle.
    close: async () => {},
  };
}

async function walk(root: string, relative: string, listing: EntryListing): Promise<void> {
  const folder = relative === '' ? root : join(root, relative);
  const dirents = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', folder);
  });
  // Sorted so that listings, and therefore reports, do not depend on the file system's order.
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths = dirents.map((dirent) => (relative === '' ? dirent.name : `${relative}/${dirent.name}`));
  dirents.forEach((dirent, i) => {
    const path = paths[i] as string;
    // readdir turns invalid UTF-8 into U+FFFD, so such a file cannot even be opened by its name.
    if (dirent.name.includes('\ufffd')) throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(path));
    if (dirent.isSymbolicLink()) throw archiveError('ARC_ERR_PKG_LINK', printable(path));
    if (!dirent.isFile() && !dirent.isDirectory())
      throw archiveError('ARC_ERR_PKG_SPECIAL_FILE', printable(path));
  });
  const sizes = await fileSizes(
    root,
    paths.filter((_, i) => dirents[i]?.isFile()),
  );
  for (const [i, dirent] of dirents.entries()) {
    const path = paths[i] as string;
    if (dirent.isDirectory()) {
      listing.add(path, 'directory', 0);
      await walk(root, path, listing);
    } else {
      listing.add(path, 'file', sizes.get(path) ?? 0);
    }
  }
}

/** lstat of every file of one folder; refuses hard links and files that changed type meanwhile. */
async function fileSizes(root: string, files: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const path of files) {
    const file = join(root, path);
    let stat: Stats;
    try {
      stat = mayBlock() ? lstatSync(file) : await lstat(file);
    } catch (error) {
      throw asArchiveError(error, 'ARC_ERR_INPUT_READ', path);
    }
    if (stat.isSymbolicLink() || stat.nlink > 1) throw archiveError('ARC_ERR_PKG_LINK', printable(path));
    if (!stat.isFile()) throw archiveError('ARC_ERR_PKG_SPECIAL_FILE', printable(path));
    sizes.set(path, stat.size);
  }
  return sizes;
}

async function* readFolderEntry(
  root: string,
  entries: ReadonlyMap<string, PackageEntry>,
  path: string,
): AsyncGenerator<Uint8Array> {
  const entry = entries.get(path);
  if (entry?.type !== 'file')
    throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
  try {
    yield* readFileChunks(join(root, path), entry.size);
  } catch (error) {
    // ELOOP: the file was replaced by a symlink after the listing was checked.
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw archiveError('ARC_ERR_PKG_LINK', printable(path));
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', path);
  }
}
