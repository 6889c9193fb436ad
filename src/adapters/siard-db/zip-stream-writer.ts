/**
 * A streaming ZIP writer for .siard files, in place of yazl on the export path: yazl pipes every
 * entry through five streams and a CRC-32 written in JavaScript, which cost the export more than
 * rendering the rows. Here CRC-32 is zlib's native crc32, deflate is one zlib stream per entry
 * (its work runs on libuv's thread pool beside the JavaScript thread), and output goes straight to
 * the file. Layout as yazl writes it: UTF-8 names; entries of unknown size carry a data
 * descriptor (ZIP64 with 8-byte sizes when one passes 4 GiB); ZIP64 extra fields in the central
 * directory, and a ZIP64 end record, only where a size, an offset or the entry count needs them.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';

const FLAG_UTF8 = 1 << 11;
const FLAG_DESCRIPTOR = 1 << 3;
const VERSION_MADE_BY = (3 << 8) | 63;
const VERSION_UTF8 = 20;
const VERSION_ZIP64 = 45;
const MAX32 = 0xffffffff;
const FILE_MODE = (0o100664 << 16) >>> 0;
const DIR_MODE = (0o40775 << 16) >>> 0;

interface Entry {
  readonly name: Buffer;
  readonly method: 0 | 8;
  readonly flags: number;
  readonly offset: number;
  readonly dir: boolean;
  crc: number;
  compressed: number;
  size: number;
}

function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
  };
}

function u64(buf: Buffer, n: number, at: number): void {
  buf.writeUInt32LE(n % 0x100000000, at);
  buf.writeUInt32LE(Math.floor(n / 0x100000000), at + 4);
}

export class ZipStreamWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp = dosDateTime(new Date());

  /**
   * `sink` writes bytes to the file in order and resolves when they are written. `forceZip64`
   * writes the ZIP64 forms even for small sizes (tests read them back; real files get them when needed).
   */
  constructor(
    private readonly sink: (bytes: Buffer) => Promise<void>,
    private readonly forceZip64 = false,
  ) {}

  /** Bytes written so far: the file's size once finish() is done. */
  get size(): number {
    return this.offset;
  }

  private put(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    return this.sink(bytes);
  }

  private localHeader(e: Entry): Buffer {
    const h = Buffer.alloc(30 + e.name.length);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION_UTF8, 4);
    h.writeUInt16LE(e.flags, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    if (!(e.flags & FLAG_DESCRIPTOR)) {
      h.writeUInt32LE(e.crc, 14);
      h.writeUInt32LE(e.compressed, 18);
      h.writeUInt32LE(e.size, 22);
    }
    h.writeUInt16LE(e.name.length, 26);
    e.name.copy(h, 30);
    return h;
  }

  private entry(name: string, method: 0 | 8, flags: number, dir = false): Entry {
    const e: Entry = {
      name: Buffer.from(name, 'utf8'),
      method,
      flags: FLAG_UTF8 | flags,
      offset: this.offset,
      dir,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    this.entries.push(e);
    return e;
  }

  async folder(name: string): Promise<void> {
    await this.put(this.localHeader(this.entry(name, 0, 0, true)));
  }

  /** An entry whose bytes are all at hand (stored when level is 0). */
  async file(name: string, data: Buffer, level: number): Promise<void> {
    const body = level === 0 ? data : zlib.deflateRawSync(data, { level });
    if (body.length >= MAX32 || data.length >= MAX32) return this.streamAll(name, data, level);
    const e = this.entry(name, level === 0 ? 0 : 8, 0);
    e.crc = zlib.crc32(data);
    e.size = data.length;
    e.compressed = body.length;
    await this.put(this.localHeader(e));
    await this.put(body);
  }

  private async streamAll(name: string, data: Buffer, level: number): Promise<void> {
    const s = this.stream(name, level);
    for (let at = 0; at < data.length; at += 1 << 24) await s.write(data.subarray(at, at + (1 << 24)));
    await s.end();
  }

  /**
   * An entry written as it comes. Calls must not overlap: one entry at a time, each write awaited,
   * nothing else written until end() resolves.
   */
  stream(name: string, level: number): { write(chunk: Buffer): Promise<void>; end(): Promise<void> } {
    const e = this.entry(name, level === 0 ? 0 : 8, FLAG_DESCRIPTOR);
    const header = this.put(this.localHeader(e));
    const deflate = level === 0 ? null : zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
    const drained = deflate ? this.drain(deflate, e) : Promise.resolve();
    drained.catch(() => {}); // awaited in end(); this only keeps an early failure from going unhandled
    return {
      write: async (chunk) => {
        await header;
        e.crc = zlib.crc32(chunk, e.crc);
        e.size += chunk.length;
        if (!deflate) {
          e.compressed += chunk.length;
          return this.put(chunk);
        }
        if (!deflate.write(chunk)) await once(deflate, 'drain');
      },
      end: async () => {
        await header;
        deflate?.end();
        await drained;
        await this.put(this.descriptor(e));
      },
    };
  }

  /** Moves compressed bytes to the file as zlib produces them, with the file's backpressure. */
  private async drain(deflate: zlib.DeflateRaw, e: Entry): Promise<void> {
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      e.compressed += chunk.length;
      await this.put(chunk);
    }
  }

  private descriptor(e: Entry): Buffer {
    const zip64 = this.forceZip64 || e.size >= MAX32 || e.compressed >= MAX32;
    const d = Buffer.alloc(zip64 ? 24 : 16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc, 4);
    if (zip64) {
      u64(d, e.compressed, 8);
      u64(d, e.size, 16);
    } else {
      d.writeUInt32LE(e.compressed, 8);
      d.writeUInt32LE(e.size, 12);
    }
    return d;
  }

  private centralRecord(e: Entry): Buffer {
    const zip64 = this.forceZip64 || e.size >= MAX32 || e.compressed >= MAX32 || e.offset >= MAX32;
    const extra = zip64 ? 28 : 0;
    const r = Buffer.alloc(46 + e.name.length + extra);
    r.writeUInt32LE(0x02014b50, 0);
    r.writeUInt16LE(VERSION_MADE_BY, 4);
    r.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_UTF8, 6);
    r.writeUInt16LE(e.flags, 8);
    r.writeUInt16LE(e.method, 10);
    r.writeUInt16LE(this.stamp.time, 12);
    r.writeUInt16LE(this.stamp.date, 14);
    r.writeUInt32LE(e.crc, 16);
    r.writeUInt32LE(zip64 ? MAX32 : e.compressed, 20);
    r.writeUInt32LE(zip64 ? MAX32 : e.size, 24);
    r.writeUInt16LE(e.name.length, 28);
    r.writeUInt16LE(extra, 30);
    r.writeUInt32LE(e.dir ? DIR_MODE : FILE_MODE, 38);
    r.writeUInt32LE(zip64 ? MAX32 : e.offset, 42);
    e.name.copy(r, 46);
    if (zip64) {
      const at = 46 + e.name.length;
      r.writeUInt16LE(0x0001, at);
      r.writeUInt16LE(24, at + 2);
      u64(r, e.size, at + 4);
      u64(r, e.compressed, at + 12);
      u64(r, e.offset, at + 20);
    }
    return r;
  }

  /** Writes the central directory and the end records. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.put(this.centralRecord(e));
    const size = this.offset - start;
    const count = this.entries.length;
    const zip64 = this.forceZip64 || count >= 0xffff || size >= MAX32 || start >= MAX32;
    if (zip64) {
      const record = this.offset;
      const z = Buffer.alloc(56 + 20);
      z.writeUInt32LE(0x06064b50, 0);
      u64(z, 44, 4);
      z.writeUInt16LE(VERSION_MADE_BY, 12);
      z.writeUInt16LE(VERSION_ZIP64, 14);
      u64(z, count, 24);
      u64(z, count, 32);
      u64(z, size, 40);
      u64(z, start, 48);
      z.writeUInt32LE(0x07064b50, 56);
      u64(z, record, 64);
      z.writeUInt32LE(1, 72);
      await this.put(z);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(zip64 ? 0xffff : count, 8);
    end.writeUInt16LE(zip64 ? 0xffff : count, 10);
    end.writeUInt32LE(zip64 ? MAX32 : size, 12);
    end.writeUInt32LE(zip64 ? MAX32 : start, 16);
    await this.put(end);
  }
}
