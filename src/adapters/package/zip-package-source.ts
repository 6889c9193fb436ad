import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { archiveError } from '../../core/errors.ts';
import type { PackageLimits, PackageSource } from '../../ports/package-source.ts';
import { printable } from './entry-name.ts';
import { EntryListing } from './entry-listing.ts';
import { asArchiveError } from './to-archive-error.ts';
import { checkZipEntry, decodeZipName } from './zip-entry-check.ts';
import { ZipFileReader } from './zip-file-reader.ts';

/** What read() needs from a central-directory record; kept instead of yauzl's much larger Entry. */
interface ZipRecord {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly compressionMethod: number;
  readonly generalPurposeBitFlag: number;
  readonly relativeOffsetOfLocalHeader: number;
  readonly crc32: number;
}

/** Size of a local file header without its name and extra field. */
const LOCAL_HEADER_MIN = 30;

/**
 * A package given as a ZIP (ZIP64 included). The whole central directory is read and checked
 * before any content: names, links, encryption, methods, ratios, limits and overlapping entries.
 * Content is then read per entry through yauzl's random access, never by unpacking to disk.
 */
export async function openZipSource(inputPath: string, limits: PackageLimits): Promise<PackageSource> {
  const reader = await ZipFileReader.open(inputPath);
  const zip = await yauzl
    // decodeStrings and validateEntrySizes off: yauzl would rewrite backslashes, and refuse bad
    // names and sizes before encryption is seen, without codes. Both are checked here instead.
    .fromRandomAccessReaderPromise(reader, reader.size, {
      lazyEntries: true,
      decodeStrings: false,
      autoClose: false,
      validateEntrySizes: false,
    })
    .catch((error: unknown) => {
      reader.close(() => {});
      throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', inputPath);
    });
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw archiveError('ARC_ERR_PKG_TOO_MANY_ENTRIES', zip.entryCount, limits.maxEntries);
    }
    const listing = new EntryListing(limits);
    const records = new Map<string, ZipRecord>();
    const spans: ZipRecord[] = [];
    await eachCentralEntry(zip, (entry) => {
      const name = decodeZipName(entry);
      const type = checkZipEntry(entry, name, limits);
      const record = slim(entry);
      spans.push(record);
      const path = listing.add(name, type, type === 'file' ? entry.uncompressedSize : 0);
      if (type === 'file' && path !== null) records.set(path, record);
    });
    reader.buffering = false; // from here on, reads are scattered local headers and content
    rejectOverlaps(spans);
    const { rootName, topLevelNames, entries } = listing.finish();
    const prefix = rootName === null ? '' : `${rootName}/`;
    return {
      kind: 'zip',
      inputPath,
      rootName,
      topLevelNames,
      entries,
      read: (path) => readZipEntry(zip, records.get(prefix + path), path),
      close: async () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', inputPath);
  }
}

/** Walks the central directory one record at a time (lazyEntries), stopping at the first refusal. */
function eachCentralEntry(zip: ZipFile, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // Stays attached after the listing: a late error (closing the fd) must not crash the process.
    zip.on('error', (error: Error) => {
      // Bit 6 is strong encryption; yauzl refuses it before we see the record.
      if (/strong encryption/.test(error.message)) reject(archiveError('ARC_ERR_PKG_ENCRYPTED_ENTRY', error.message));
      else reject(error);
    });
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      try {
        onEntry(entry);
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.readEntry();
  });
}

function slim(entry: Entry): ZipRecord {
  return {
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    compressionMethod: entry.compressionMethod,
    generalPurposeBitFlag: entry.generalPurposeBitFlag,
    relativeOffsetOfLocalHeader: entry.relativeOffsetOfLocalHeader,
    crc32: entry.crc32,
  };
}

/**
 * Entries whose data overlap are how non-recursive zip bombs reach huge sizes from a small file
 * (one compressed kernel referenced by many entries); a well-formed archive never has them.
 */
function rejectOverlaps(records: ZipRecord[]): void {
  records.sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  for (let i = 1; i < records.length; i++) {
    const previous = records[i - 1] as ZipRecord;
    const current = records[i] as ZipRecord;
    const earliestEnd = previous.relativeOffsetOfLocalHeader + LOCAL_HEADER_MIN + previous.compressedSize;
    if (earliestEnd > current.relativeOffsetOfLocalHeader) {
      throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `overlapping entries at offset ${current.relativeOffsetOfLocalHeader}`);
    }
  }
}

async function* readZipEntry(zip: ZipFile, record: ZipRecord | undefined, path: string): AsyncGenerator<Uint8Array> {
  if (record === undefined) throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
  let stream: Readable | undefined;
  let total = 0;
  let checksum = 0;
  try {
    stream = await zip.openReadStreamPromise(Object.assign(new yauzl.Entry(), record));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      // Stops a lying header (or a bomb) at the first chunk past the declared size.
      if (total > record.uncompressedSize) throw corrupt(path, `more than the declared ${record.uncompressedSize} bytes`);
      checksum = crc32(chunk, checksum);
      yield chunk;
    }
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', path);
  } finally {
    stream?.destroy();
  }
  if (total !== record.uncompressedSize) throw corrupt(path, `${total} of the declared ${record.uncompressedSize} bytes`);
  if (checksum !== record.crc32) throw corrupt(path, 'CRC-32 mismatch');
}

function corrupt(path: string, what: string) {
  return archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(path)}: ${what}`);
}
