import { close, fstat, open, read, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { mayBlock } from './event-loop-budget.ts';

type ReadCallback = (error: Error | null, bytesRead?: number) => void;

/** Central-directory reads are served from a window this large. */
const WINDOW_SIZE = 1024 * 1024;
const STREAM_CHUNK = 1024 * 1024;

/**
 * The file under yauzl. yauzl's own reader issues two tiny reads per central-directory record,
 * one after the other, which costs seconds for 100,000 entries; while `buffering` is on (the
 * listing) reads are served from a 1 MiB window instead. Content streams read the file directly
 * in 1 MiB chunks with positioned reads, so concurrent entries never share a file position.
 */
export class ZipFileReader extends yauzl.RandomAccessReader {
  // Reference counting of yauzl's RandomAccessReader (missing from its typings): the fd is closed
  // when the count drops to zero.
  declare ref: () => void;
  declare unref: () => void;
  private buffering = true;
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;

  private constructor(
    readonly fd: number,
    readonly size: number,
  ) {
    super();
  }

  static async open(path: string): Promise<ZipFileReader> {
    const fd = await promisify(open)(path, 'r');
    try {
      return new ZipFileReader(fd, (await promisify(fstat)(fd)).size);
    } catch (error) {
      close(fd, () => {});
      throw error;
    }
  }

  /** After the listing, reads are scattered local headers and content: the window would not help. */
  stopBuffering(): void {
    this.buffering = false;
    this.window = Buffer.alloc(0);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: ReadCallback,
  ): void {
    if (!this.buffering || length > WINDOW_SIZE) {
      readNow(this.fd, buffer, offset, length, position, callback);
      return;
    }
    if (position >= this.windowStart && position + length <= this.windowStart + this.window.length) {
      this.copyOut(buffer, offset, length, position, callback);
      return;
    }
    const window = Buffer.allocUnsafe(WINDOW_SIZE);
    readNow(this.fd, window, 0, WINDOW_SIZE, position, (error, bytesRead) => {
      if (error) return callback(error);
      this.window = window.subarray(0, bytesRead);
      this.windowStart = position;
      this.copyOut(buffer, offset, length, position, callback);
    });
  }

  private copyOut(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: ReadCallback,
  ): void {
    const start = position - this.windowStart;
    const copied = this.window.copy(buffer, offset, start, Math.min(start + length, this.window.length));
    // Never call back synchronously: yauzl would recurse once per entry and overflow the stack.
    process.nextTick(callback, null, copied);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override close(callback: (error: Error | null) => void): void {
    close(this.fd, callback);
  }
}

/**
 * A positioned read, synchronous while the event-loop budget allows (see event-loop-budget.ts).
 * The callback always runs on a later tick, as yauzl and Readable expect, and also receives what
 * fs throws synchronously: yauzl passes offsets straight from the archive, and an absurd one
 * (fs refuses positions beyond 2^53) would otherwise be an uncaught exception in a callback.
 */
function readNow(
  fd: number,
  buffer: Buffer,
  offset: number,
  length: number,
  position: number,
  callback: ReadCallback,
) {
  try {
    if (mayBlock()) {
      process.nextTick(callback, null, readSync(fd, buffer, offset, length, position));
    } else {
      read(fd, buffer, offset, length, position, (error, bytesRead) => callback(error, bytesRead));
    }
  } catch (error) {
    process.nextTick(callback, error as Error);
  }
}

/**
 * Bytes [start, end) of the shared fd. Not fs.createReadStream: destroying that closes the fd
 * (autoClose only covers the end of the stream), and yauzl destroys every stream it is done with.
 */
class RangeStream extends Readable {
  private position: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: STREAM_CHUNK });
    this.position = start;
  }

  override _read(): void {
    const length = Math.min(STREAM_CHUNK, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const chunk = Buffer.allocUnsafe(length);
    readNow(this.fd, chunk, 0, length, this.position, (error, bytesRead = 0) => {
      if (error) return this.destroy(error);
      if (bytesRead === 0) return this.push(null); // yauzl reports the missing bytes as a short entry
      this.position += bytesRead;
      this.push(bytesRead === length ? chunk : chunk.subarray(0, bytesRead));
    });
  }
}
