import { mkdtemp, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveError } from '../../core/errors.ts';
import type { EntryType, PackageLimits } from '../../ports/package-source.ts';
import { decodeUtf8Strict, printable } from './entry-name.ts';
import { EntryListing, type Listing } from './entry-listing.ts';
import { tarEntries, type TarEntry } from './tar-entries.ts';
import { asArchiveError } from './to-archive-error.ts';

export interface Quarantine {
  readonly dir: string;
  readonly listing: Listing;
  /** Path from the archive's top level → its copy in the quarantine. Empty files have none. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Unpacks a TAR into a fresh quarantine folder. Every header is checked before its data is
 * written, and data is stored under numbered names (0, 1, 2…) rather than the archive's names, so
 * no name in the archive can place a byte outside the quarantine, however it is spelled. On any
 * refusal the quarantine is deleted before the error is thrown.
 */
export async function unpackTar(
  inputPath: string,
  gzip: boolean,
  limits: PackageLimits,
  parent: string,
): Promise<Quarantine> {
  const dir = await mkdtemp(join(parent, 'samarkiv-tar-')).catch((error: unknown) => {
    throw asArchiveError(error, 'ARC_ERR_INPUT_READ', parent);
  });
  try {
    const listing = new EntryListing(limits);
    const files = new Map<string, string>();
    for await (const entry of tarEntries(inputPath, gzip, limits)) {
      // tar-stream lets an unparseable base-256 size through as null, whose data stream never ends.
      if (!Number.isSafeInteger(entry.header.size) || entry.header.size < 0) {
        throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(entry.header.name)}: invalid size field`);
      }
      const name = decodeTarName(entry);
      const type = entryType(entry, name);
      const { size } = entry.header;
      const path = listing.add(name, type, size);
      if (type === 'file' && size > 0 && path !== null) {
        const target = join(dir, String(files.size));
        await writeExactly(entry, target, size, name);
        files.set(path, target);
      } else {
        entry.resume(); // directories and empty files carry no data, but the stream must end
      }
    }
    return { dir, listing: listing.finish(), files };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', inputPath);
  }
}

/**
 * A name from a PAX record was decoded as UTF-8 by tar-stream (invalid bytes became U+FFFD, which
 * the name check refuses); any other name arrives as latin1, i.e. raw bytes, and must be UTF-8.
 */
function decodeTarName(entry: TarEntry): string {
  const { name, pax } = entry.header;
  if (pax !== null && typeof pax === 'object' && typeof (pax as Record<string, unknown>).path === 'string') return name;
  const decoded = decodeUtf8Strict(Buffer.from(name, 'latin1'));
  if (decoded === null) throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(name));
  return decoded;
}

function entryType(entry: TarEntry, name: string): EntryType {
  switch (entry.header.type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'link':
    case 'symlink':
      throw archiveError('ARC_ERR_PKG_LINK', printable(name));
    case 'character-device':
    case 'block-device':
    case 'fifo':
      throw archiveError('ARC_ERR_PKG_SPECIAL_FILE', printable(name));
    default:
      // GNU sparse files, volume labels, multi-volume continuations and unknown type flags.
      throw archiveError('ARC_ERR_PKG_UNSUPPORTED_ENTRY', `${printable(name)} (TAR entry type ${entry.header.type})`);
  }
}

async function writeExactly(entry: TarEntry, target: string, size: number, name: string): Promise<void> {
  // 'wx': create, never reuse or follow anything already there.
  const handle = await open(target, 'wx', 0o600);
  let written = 0;
  try {
    for await (const chunk of entry) {
      if (written + chunk.length > size) throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(name)}: too long`);
      for (let offset = 0; offset < chunk.length; ) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, written + offset);
        offset += bytesWritten;
      }
      written += chunk.length;
    }
  } finally {
    await handle.close();
  }
  if (written !== size) throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(name)}: ${written} of ${size} bytes`);
}
