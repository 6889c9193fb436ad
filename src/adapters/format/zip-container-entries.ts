/**
 * A ZIP file as container entries for the container signatures (DOCX, XLSX, ODT, EPUB, SIARD …):
 * yauzl reads the central directory through a RandomAccessFile (fromRandomAccessReader), and an
 * entry is inflated only as far as the signatures look: its first bytes, inflated in place from a
 * prefix of its data; to its end (streamed, never past MAX_INFLATE) only for the few EOF signatures.
 */
import { Readable } from 'node:stream';
import { constants, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { ContainerEntries } from '../../core/formats/pronom/container-matcher.ts';
import type { RandomAccessFile } from '../../ports/format-identifier.ts';

/** Entries listed before giving up on a container (DROID reads them all; a bound keeps bombs out). */
const MAX_ENTRIES = 100_000;
/** Bytes inflated from one entry at most, when a signature needs its last bytes. */
const MAX_INFLATE = 64 * 1024 * 1024;
/** Compressed bytes read at most for an entry's head (a 64 KiB head never needs more). */
const MAX_PREFIX = 256 * 1024;
/** Output of one synchronous inflate at most; more (a bomb-like ratio) goes through the stream. */
const MAX_SYNC_OUTPUT = 4 * 1024 * 1024;
const CHUNK = 64 * 1024;

class RafReader extends yauzl.RandomAccessReader {
  constructor(private readonly file: RandomAccessFile) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const file = this.file;
    let position = start;
    return new Readable({
      highWaterMark: CHUNK,
      read() {
        const length = Math.min(CHUNK, end - position);
        if (length <= 0) return void this.push(null);
        file.read(position, length).then(
          (bytes) => {
            position += bytes.length;
            if (bytes.length === 0) this.destroy(new Error('unexpected end of file'));
            else this.push(bytes);
          },
          (error: Error) => this.destroy(error),
        );
      },
    });
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void,
  ): void {
    this.file.read(position, length).then(
      (bytes) => {
        if (bytes.length < length) return callback(new Error('unexpected end of file'));
        buffer.set(bytes, offset);
        callback(null);
      },
      (error: Error) => callback(error),
    );
  }

  /** The RandomAccessFile belongs to the caller, who closes it. */
  override close(callback: (err: Error | null) => void): void {
    setImmediate(callback, null);
  }
}

function nameOf(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11: the name is UTF-8; otherwise CP437, read here as Latin-1 (signature paths are ASCII).
  return raw.toString((entry.generalPurposeBitFlag & 0x800) !== 0 ? 'utf8' : 'latin1');
}

async function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entries.has(nameOf(entry))) entries.set(nameOf(entry), entry);
      if (entries.size >= MAX_ENTRIES) return resolve();
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths vary. */
async function dataStart(file: RandomAccessFile, entry: yauzl.Entry): Promise<number> {
  const local = await file.read(entry.relativeOffsetOfLocalHeader, 30);
  if (local.length < 30 || local[0] !== 0x50 || local[1] !== 0x4b || local[2] !== 3 || local[3] !== 4) {
    throw new Error('invalid local file header');
  }
  const view = Buffer.from(local.buffer, local.byteOffset, local.length);
  return entry.relativeOffsetOfLocalHeader + 30 + view.readUInt16LE(26) + view.readUInt16LE(28);
}

/**
 * The first `head` bytes of a deflated entry, inflated synchronously from a growing prefix of its
 * compressed data (no stream, no thread pool): a signature rarely needs more than a few KiB, and
 * the output of each attempt is bounded by what its prefix can expand to.
 */
async function inflatedHead(
  file: RandomAccessFile,
  start: number,
  entry: yauzl.Entry,
  head: number,
): Promise<Buffer | null> {
  const want = Math.min(head, entry.uncompressedSize);
  for (let take = Math.min(entry.compressedSize, 4096); ; take = Math.min(entry.compressedSize, take * 4)) {
    let out: Buffer;
    try {
      out = inflateRawSync(await file.read(start, take), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: MAX_SYNC_OUTPUT,
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null; // expands too much: stream it
      throw e;
    }
    if (out.length >= want || take >= entry.compressedSize || take >= MAX_PREFIX)
      return out.subarray(0, want);
  }
}

/** The whole entry as a stream, keeping its first and last bytes (only for EOF signatures). */
async function streamedSample(zip: yauzl.ZipFile, entry: yauzl.Entry, head: number, tail: number) {
  const stream = await zip.openReadStreamPromise(entry);
  const first: Buffer[] = [];
  let firstLength = 0;
  let last: Buffer = Buffer.alloc(0);
  let seen = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (firstLength < head) {
        const part = chunk.subarray(0, head - firstLength);
        first.push(part);
        firstLength += part.length;
      }
      seen += chunk.length;
      if (tail > 0) last = Buffer.concat([last, chunk]).subarray(-tail);
      if ((tail === 0 && firstLength >= head) || seen >= MAX_INFLATE) break;
    }
  } finally {
    stream.destroy();
  }
  return { head: Buffer.concat(first), tail: last, size: entry.uncompressedSize };
}

async function sampleEntry(
  file: RandomAccessFile,
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  head: number,
  tail: number,
) {
  if (entry.isEncrypted()) return null;
  const size = entry.uncompressedSize;
  if (entry.compressionMethod === 0) {
    const start = await dataStart(file, entry);
    const first = await file.read(start, Math.min(head, size));
    const last =
      size <= head
        ? first.subarray(Math.max(0, first.length - tail))
        : await file.read(start + size - tail, tail);
    return { head: first, tail: last, size };
  }
  if (entry.compressionMethod !== 8) return null;
  if (tail > 0 && size > head) return streamedSample(zip, entry, head, tail);
  const first = await inflatedHead(file, await dataStart(file, entry), entry, head);
  if (!first) return streamedSample(zip, entry, head, 0);
  return { head: first, tail: first.subarray(Math.max(0, first.length - tail)), size };
}

/** Opens `file` as a ZIP; the caller closes `file` when done with the entries. */
export async function zipContainerEntries(file: RandomAccessFile): Promise<ContainerEntries> {
  const zip = await yauzl.fromRandomAccessReaderPromise(new RafReader(file), file.size, {
    autoClose: false,
    lazyEntries: true,
    decodeStrings: false,
    validateEntrySizes: true,
  });
  const entries = await listEntries(zip);
  return {
    has: (path) => entries.has(path),
    async sample(path, head, tail) {
      const entry = entries.get(path);
      if (!entry || path.endsWith('/')) return null;
      try {
        return await sampleEntry(file, zip, entry, head, tail);
      } catch {
        return null; // a corrupt or unsupported entry simply does not match
      }
    },
  };
}
