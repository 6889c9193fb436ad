import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type ZipFile } from 'yauzl';
import { archiveError } from '../../core/errors.ts';
import { printable } from './entry-name.ts';
import { readRangeChunks } from './file-chunks.ts';
import { asArchiveError } from './to-archive-error.ts';
import type { ZipFileReader } from './zip-file-reader.ts';

/** What read() needs from a central-directory record; kept instead of yauzl's much larger Entry. */
export interface ZipRecord {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly compressionMethod: number;
  readonly generalPurposeBitFlag: number;
  readonly relativeOffsetOfLocalHeader: number;
  readonly crc32: number;
}

const METHOD_STORED = 0;

/**
 * Streams one entry and checks it against its central-directory record: never more bytes than
 * declared (stopping a lying header or a bomb at the first chunk too many), exactly as many in
 * the end, and the CRC-32. yauzl locates the data (local header, bounds) and inflates; stored
 * data is read straight into a pooled buffer instead of a fresh buffer per chunk, which halves
 * the cost of reading many small stored entries.
 */
export async function* readZipEntry(
  zip: ZipFile,
  reader: ZipFileReader,
  record: ZipRecord | undefined,
  path: string,
): AsyncGenerator<Uint8Array> {
  if (record === undefined)
    throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: no such file in the package`);
  if (!zip.isOpen)
    throw archiveError('ARC_ERR_INPUT_READ', `${printable(path)}: the package source is closed`);
  const entry = Object.assign(new yauzl.Entry(), record);
  let stream: Readable | undefined;
  let total = 0;
  let checksum = 0;
  reader.ref(); // keeps the fd open until this read ends, even if close() is called meanwhile
  try {
    let chunks: AsyncIterable<Uint8Array>;
    if (record.compressionMethod === METHOD_STORED) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      chunks = readRangeChunks(reader.fd, fileDataStart, record.compressedSize, false);
    } else {
      chunks = stream = await zip.openReadStreamPromise(entry);
    }
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > record.uncompressedSize)
        throw corrupt(path, `more than the declared ${record.uncompressedSize} bytes`);
      checksum = crc32(chunk, checksum);
      yield chunk;
    }
  } catch (error) {
    throw asArchiveError(error, 'ARC_ERR_ARCHIVE_CORRUPT', path);
  } finally {
    stream?.destroy();
    reader.unref();
  }
  if (total !== record.uncompressedSize)
    throw corrupt(path, `${total} of the declared ${record.uncompressedSize} bytes`);
  if (checksum !== record.crc32) throw corrupt(path, 'CRC-32 mismatch');
}

function corrupt(path: string, what: string) {
  return archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${printable(path)}: ${what}`);
}
