import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveError } from '../../core/errors.ts';
import type { EntryType, PackageLimits } from '../../ports/package-source.ts';
import { decodeUtf8Strict, printable } from './entry-name.ts';
import { EntryListing, type Listing } from './entry-listing.ts';
import { QuarantineBlob } from './quarantine-blob.ts';
import { tarEntries, type TarEntry } from './tar-entries.ts';
import { asArchiveError } from './to-archive-error.ts';

export interface Quarantine {
  readonly dir: string;
  readonly blob: QuarantineBlob;
  readonly listing: Listing;
  /** Path from the archive's top level → offset of its data in the blob. Sizes are in `listing`. */
  readonly offsets: ReadonlyMap<string, number>;
}

/**
 * Unpacks a TAR into a fresh quarantine folder. Every header is checked before its data is
 * written, and data goes into a single blob (see quarantine-blob.ts) rather than under the
 * archive's names, so no name in the archive can place a byte outside the quarantine, however it
 * is spelled. On any refusal the quarantine is deleted before the error is thrown.
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
  let blob: QuarantineBlob | undefined;
  try {
    blob = QuarantineBlob.create(dir);
    const listing = new EntryListing(limits);
    const offsets = new Map<string, number>();
    for await (const entry of tarEntries(inputPath, gzip, limits)) {
      const { size } = entry.header;
      // tar-stream lets an unparseable base-256 size through as null, whose data stream never ends.
      if (!Number.isSafeInteger(size) || size < 0) {
        throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(entry.header.name)}: invalid size field`);
      }
      const name = decodeTarName(entry);
      const type = entryType(entry, name);
      const path = listing.add(name, type, size);
      if (type === 'file' && path !== null) {
        offsets.set(path, blob.length);
        await appendExactly(entry, blob, size, name);
      } else {
        entry.resume(); // a directory carries no data, but its stream must still end
      }
    }
    await blob.flush();
    return { dir, blob, listing: listing.finish(), offsets };
  } catch (error) {
    blob?.close();
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
  if (pax !== null && typeof pax === 'object' && typeof (pax as Record<string, unknown>).path === 'string')
    return name;
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
      throw archiveError(
        'ARC_ERR_PKG_UNSUPPORTED_ENTRY',
        `${printable(name)} (TAR entry type ${entry.header.type})`,
      );
  }
}

async function appendExactly(
  entry: TarEntry,
  blob: QuarantineBlob,
  size: number,
  name: string,
): Promise<void> {
  let written = 0;
  for await (const chunk of entry) {
    written += chunk.length;
    if (written > size)
      throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(name)}: longer than its header says`);
    await blob.append(chunk);
  }
  if (written !== size)
    throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(name)}: ${written} of ${size} bytes`);
}
