import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { archiveError } from '../../core/errors.ts';
import type { PackageLimits, PackageSource } from '../../ports/package-source.ts';
import { EntryListing } from './entry-listing.ts';
import { asArchiveError } from './to-archive-error.ts';
import { checkZipEntry, decodeZipName } from './zip-entry-check.ts';
import { readZipEntry, type ZipRecord } from './zip-entry-reader.ts';
import { ZipFileReader } from './zip-file-reader.ts';

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
    reader.stopBuffering();
    rejectOverlaps(spans);
    const { rootName, topLevelNames, entries } = listing.finish();
    const prefix = rootName === null ? '' : `${rootName}/`;
    return {
      kind: 'zip',
      inputPath,
      rootName,
      topLevelNames,
      entries,
      read: (path) => readZipEntry(zip, reader, records.get(prefix + path), path),
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
      if (/strong encryption/.test(error.message))
        reject(archiveError('ARC_ERR_PKG_ENCRYPTED_ENTRY', error.message));
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
      throw archiveError(
        'ARC_ERR_ARCHIVE_CORRUPT',
        `overlapping entries at offset ${current.relativeOffsetOfLocalHeader}`,
      );
    }
  }
}
