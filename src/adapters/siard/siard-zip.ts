/**
 * Opens a .siard file (a ZIP, ZIP64 allowed) with yauzl and lists it. Unlike the package readers,
 * nothing here throws for bad content: encryption, compression methods other than store and
 * deflate, undecodable names and suspicious compression ratios become problems of
 * SAMARKIV-SIARD-1, and such entries are never read. Entries are read through the package
 * engine's entry reader (declared size and CRC-32 enforced).
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { isArchiveError } from '../../core/errors.ts';
import type { ProblemCollector } from '../../core/siard/siard-analysis.ts';
import { DEFAULT_LIMITS } from '../../ports/package-source.ts';
import { decodeZipName } from '../package/zip-entry-check.ts';
import { readZipEntry, type ZipRecord } from '../package/zip-entry-reader.ts';
import { ZipFileReader } from '../package/zip-file-reader.ts';

const FLAG_ENCRYPTED = 0x1;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

export interface SiardZip {
  /** Entry names as written (folders end in `/`), in central-directory order. */
  readonly names: readonly string[];
  /** The same names, for lookups. */
  readonly listed: ReadonlySet<string>;
  /** Readable file entries by name. */
  readonly files: ReadonlyMap<string, ZipRecord>;
  read(name: string): AsyncIterable<Uint8Array>;
  close(): void;
}

/** Opens the ZIP, or returns null (with a zip problem) when its central directory is unreadable. */
export async function openSiardZip(
  path: string,
  label: string,
  problems: ProblemCollector,
): Promise<SiardZip | null> {
  let reader: ZipFileReader | undefined;
  let zip: ZipFile;
  try {
    reader = await ZipFileReader.open(path);
    zip = await yauzl.fromRandomAccessReaderPromise(reader, reader.size, {
      lazyEntries: true,
      decodeStrings: false,
      autoClose: false,
      validateEntrySizes: false,
    });
  } catch (e) {
    reader?.close(() => {});
    const why = e instanceof Error ? e.message : String(e);
    problems.add(
      'zip',
      `${label} is not a readable ZIP file: ${why}`,
      `${label} är ingen läsbar ZIP-fil: ${why}`,
      '',
    );
    return null;
  }
  const names: string[] = [];
  const files = new Map<string, ZipRecord>();
  try {
    if (zip.entryCount > DEFAULT_LIMITS.maxEntries) throw new Error(`${zip.entryCount} entries`);
    await eachEntry(zip, (entry) => {
      const name = entryName(entry, problems);
      if (name === null) return;
      names.push(name);
      if (!name.endsWith('/') && readable(entry, name, problems)) files.set(name, slim(entry));
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    problems.add(
      'zip',
      `The ZIP directory of ${label} cannot be read: ${why}`,
      `ZIP-katalogen i ${label} kan inte läsas: ${why}`,
      '',
    );
    zip.close();
    return null;
  }
  reader.stopBuffering();
  const open = reader;
  return {
    names,
    listed: new Set(names),
    files,
    read: (name) => readZipEntry(zip, open, files.get(name), name),
    close: () => zip.close(),
  };
}

function entryName(entry: Entry, problems: ProblemCollector): string | null {
  try {
    return decodeZipName(entry);
  } catch (e) {
    const raw = entry.fileNameRaw.toString('latin1');
    const why = isArchiveError(e) ? e.localized('en') : String(e);
    problems.add(
      'zip',
      `An entry name cannot be decoded (${why})`,
      `Ett postnamn kan inte avkodas (${why})`,
      raw,
    );
    return null;
  }
}

/** Whether an entry may be read: not encrypted, stored or deflated, and not a likely zip bomb. */
function readable(entry: Entry, name: string, problems: ProblemCollector): boolean {
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) {
    problems.add('zip', `${name} is encrypted`, `${name} är krypterad`, name);
    return false;
  }
  const method = entry.compressionMethod;
  if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
    problems.add(
      'zip',
      `${name} uses compression method ${method}; SIARD allows only store (0) and deflate (8)`,
      `${name} använder komprimeringsmetod ${method}; SIARD tillåter bara store (0) och deflate (8)`,
      name,
    );
    return false;
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (
    method === METHOD_DEFLATED &&
    entry.uncompressedSize >= DEFAULT_LIMITS.ratioCheckMinBytes &&
    ratio > DEFAULT_LIMITS.maxCompressionRatio
  ) {
    problems.add(
      'zip',
      `${name} would expand ${Math.round(ratio)} times (more than ${DEFAULT_LIMITS.maxCompressionRatio}); it was not read`,
      `${name} skulle växa ${Math.round(ratio)} gånger (mer än ${DEFAULT_LIMITS.maxCompressionRatio}); den har inte lästs`,
      name,
    );
    return false;
  }
  return true;
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

function eachEntry(zip: ZipFile, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      try {
        onEntry(entry);
        zip.readEntry();
      } catch (e) {
        reject(e);
      }
    });
    zip.readEntry();
  });
}
