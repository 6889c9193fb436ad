import { crc32 } from 'node:zlib';
import yauzl, { type Entry } from 'yauzl';
import { archiveError } from '../../core/errors.ts';
import type { EntryType, PackageLimits } from '../../ports/package-source.ts';
import { decodeUtf8Strict, printable } from './entry-name.ts';

const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const INFO_ZIP_UNICODE_PATH = 0x7075;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

// Unix file types in the high 16 bits of the external attributes (st_mode & S_IFMT).
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const SPECIAL_TYPES = new Set([
  0o010000 /* FIFO */, 0o020000 /* chr */, 0o060000 /* blk */, 0o140000 /* sock */,
]);

/**
 * Decodes an entry name by the rules yauzl uses (Info-ZIP Unicode Path field, then the UTF-8 flag,
 * then CP437), but strictly: invalid UTF-8 is refused instead of becoming U+FFFD, and a CP437 name
 * may not contain control bytes, which CP437 would otherwise turn into harmless-looking ☺ and ♥.
 */
export function decodeZipName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  for (const field of entry.extraFields) {
    if (field.id !== INFO_ZIP_UNICODE_PATH || field.data.length < 6 || field.data[0] !== 1) continue;
    // The field is only valid for the name it was written for (APPNOTE 4.6.9).
    if (field.data.readUInt32LE(1) !== crc32(raw)) continue;
    return strictUtf8(field.data.subarray(5), raw);
  }
  if (entry.generalPurposeBitFlag & FLAG_UTF8) return strictUtf8(raw, raw);
  for (const byte of raw) {
    if (byte < 0x20 || byte === 0x7f)
      throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(raw.toString('latin1')));
  }
  return yauzl.getFileNameLowLevel(0, raw, [], true);
}

function strictUtf8(bytes: Buffer, raw: Buffer): string {
  const name = decodeUtf8Strict(bytes);
  if (name === null) throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(raw.toString('utf8')));
  return name;
}

/**
 * Checks one central-directory record before any content is read: encryption, links and special
 * files (from the Unix mode in the external attributes), compression method and compression ratio.
 * Name, duplicate and size-limit checks follow in EntryListing.
 */
export function checkZipEntry(entry: Entry, name: string, limits: PackageLimits): EntryType {
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED)
    throw archiveError('ARC_ERR_PKG_ENCRYPTED_ENTRY', printable(name));
  const fileType = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (fileType === S_IFLNK) throw archiveError('ARC_ERR_PKG_LINK', printable(name));
  if (SPECIAL_TYPES.has(fileType)) throw archiveError('ARC_ERR_PKG_SPECIAL_FILE', printable(name));
  if (name.endsWith('/') || fileType === S_IFDIR) return 'directory';

  const method = entry.compressionMethod;
  if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
    throw archiveError('ARC_ERR_PKG_UNSUPPORTED_ENTRY', `${printable(name)} (compression method ${method})`);
  }
  // Declared sizes are checked here; read() also stops an entry that inflates past its declared size.
  const size = entry.uncompressedSize;
  if (method === METHOD_STORED && entry.compressedSize !== size) {
    throw archiveError(
      'ARC_ERR_ARCHIVE_CORRUPT',
      `${printable(name)}: stored size ${entry.compressedSize} ≠ ${size}`,
    );
  }
  if (method !== METHOD_STORED && size >= limits.ratioCheckMinBytes) {
    const ratio = size / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxCompressionRatio) {
      throw archiveError(
        'ARC_ERR_PKG_COMPRESSION_RATIO',
        printable(name),
        Math.round(ratio),
        limits.maxCompressionRatio,
      );
    }
  }
  return 'file';
}
