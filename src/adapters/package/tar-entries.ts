import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import tar, { type Header } from 'tar-stream';
import { archiveError } from '../../core/errors.ts';
import type { PackageLimits } from '../../ports/package-source.ts';

/** One TAR member: its header and a stream of exactly `header.size` bytes, to be drained. */
export interface TarEntry extends AsyncIterable<Buffer> {
  readonly header: Header;
  resume(): unknown;
}

const BLOCK = 512;
const READ_SIZE = 1024 * 1024;

/**
 * Streams the members of a TAR, optionally gzip-compressed, without reading the whole file.
 * Names are decoded as latin1, which keeps every byte, so that the caller can insist on valid
 * UTF-8 (tar-stream would otherwise replace bad bytes with U+FFFD).
 *
 * Two things tar-stream does not check are checked here: that the archive ends with its
 * end-of-archive block, which is all that tells a TAR cut at a member boundary from a whole one,
 * and the overall gzip ratio, since a small .tar.gz can inflate to terabytes of zeros.
 */
export async function* tarEntries(
  inputPath: string,
  gzip: boolean,
  limits: PackageLimits,
): AsyncGenerator<TarEntry> {
  const file = createReadStream(inputPath, { highWaterMark: READ_SIZE });
  // Both options exist in tar-stream 3 but are missing from its typings. allowUnknownFormat admits
  // pre-POSIX headers, which detect-container.ts accepted on their checksum.
  const options = { filenameEncoding: 'latin1', allowUnknownFormat: true };
  const extract = tar.extract(options as Parameters<typeof tar.extract>[0]);
  const fail = (error: Error): void => void extract.destroy(error);
  file.on('error', fail);
  const gunzip = gzip ? createGunzip() : null;
  let inflated = 0;
  if (gunzip) {
    gunzip.on('error', fail);
    gunzip.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      const ratio = inflated / Math.max(file.bytesRead, 1);
      if (inflated >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
        fail(
          archiveError(
            'ARC_ERR_PKG_COMPRESSION_RATIO',
            inputPath,
            Math.round(ratio),
            limits.maxCompressionRatio,
          ),
        );
      }
    });
    file.pipe(gunzip).pipe(extract);
  } else {
    file.pipe(extract);
  }

  let dataEnd = 0;
  try {
    for await (const entry of extract as AsyncIterable<TarEntry>) {
      const { header } = entry;
      // byteOffset (not in the typings) is where this member's data starts in the TAR stream.
      const dataStart = (header as Header & { byteOffset: number }).byteOffset;
      const hasData = header.size > 0 && header.type !== 'directory';
      dataEnd = dataStart + (hasData ? Math.ceil(header.size / BLOCK) * BLOCK : 0);
      yield entry;
    }
  } finally {
    file.destroy();
    gunzip?.destroy();
    extract.destroy();
  }
  const streamLength = gunzip ? inflated : file.bytesRead;
  if (streamLength - dataEnd < BLOCK) {
    throw archiveError('ARC_ERR_ARCHIVE_CORRUPT', `${inputPath}: no end-of-archive block (truncated?)`);
  }
}
