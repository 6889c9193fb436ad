/**
 * ZIP target for stored (uncompressed) entries, written directly: one pass over each file, which
 * is hashed (SHA-256) and CRC-checked (zlib.crc32) on its way into a large output buffer. Used for
 * `compress: false`, i.e. packages of already-compressed documents such as PDF/A, where the
 * per-entry cost of yazl (its entry queue is searched from the start for every entry, so 100,000
 * entries cost O(n²)) and one asynchronous round trip per read dominated the packing time.
 *
 * Small files (up to SMALL_FILE bytes) are read synchronously in one call, like the validator's
 * small-file reads; larger files and streams are streamed with a data descriptor after their
 * bytes. ZIP64 records are written wherever a size, an offset or the entry count needs them.
 *
 * Many files at once (writeFiles, a representation's data) whose sizes the listing gave go to
 * worker threads instead (copyFilesInWorkers, the validator's digest workers): each entry's place
 * is reserved from its size, and a worker reads the file once, hashes it, writes its bytes and its
 * header there. The main thread meanwhile writes nothing but headers and METS (docs/adr/0014).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { ContentSource } from '../../core/package/writer/package-spec.ts';
import type {
  OnSinkFile,
  PackageSink,
  SinkFile,
  SinkFileResult,
} from '../../core/package/writer/package-sink.ts';
import { copyFilesInWorkers, type FileToPlace } from '../package/folder-digests.ts';
import { tap } from './content-stream.ts';
import { fsyncPath, type OpenTarget } from './target.ts';

const SMALL_FILE = 1024 * 1024;
const FLUSH_AT = 8 * 1024 * 1024;
/**
 * A streamed entry this large (a 158 MB ERMS file, a 183 MB PREMIS) starts a flush to disk once
 * written, so the final fsync does not wait for all of them at once.
 */
const EARLY_SYNC_BYTES = 32 * 1024 * 1024;
/** Chunks of a streamed source this large are written as they are, not copied (emitChunk). */
const WRITE_AS_IS = 64 * 1024;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Fewer files than this are copied on the main thread: starting a worker costs ~50 ms (ADR 0008). */
export const WORKERS_FROM_FILES = 1000;

interface CentralRecord {
  readonly name: Buffer;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  crc: number;
  readonly size: number;
  readonly offset: number;
  readonly directory: boolean;
}

/** MS-DOS time and date of `d` in local time, as ZIP tools write them (1980 at the earliest). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A small zeroed buffer cut from Node's shared pool: Buffer.alloc gives each header its own
 * ArrayBuffer, which for 130,000 entries cost 0.5 s of the main thread's time (docs/adr/0014).
 */
function zeroed(bytes: number): Buffer {
  return Buffer.allocUnsafe(bytes).fill(0);
}

function localHeader(r: Omit<CentralRecord, 'offset' | 'directory'>, zip64: boolean): Buffer {
  const extra = zip64 ? 20 : 0;
  const b = zeroed(30 + r.name.length + extra);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(zip64 ? 45 : 20, 4);
  b.writeUInt16LE(r.flags, 6);
  b.writeUInt16LE(0, 8); // stored
  b.writeUInt16LE(r.time, 10);
  b.writeUInt16LE(r.date, 12);
  const descriptor = (r.flags & FLAG_DESCRIPTOR) !== 0;
  b.writeUInt32LE(descriptor ? 0 : r.crc, 14);
  b.writeUInt32LE(zip64 ? MAX32 : descriptor ? 0 : r.size, 18);
  b.writeUInt32LE(zip64 ? MAX32 : descriptor ? 0 : r.size, 22);
  b.writeUInt16LE(r.name.length, 26);
  b.writeUInt16LE(extra, 28);
  r.name.copy(b, 30);
  if (zip64) {
    const at = 30 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(16, at + 2); // sizes follow in the data descriptor
  }
  return b;
}

function centralHeader(r: CentralRecord): Buffer {
  const bigSize = r.size >= MAX32;
  const bigOffset = r.offset >= MAX32;
  const extraLen = (bigSize ? 16 : 0) + (bigOffset ? 8 : 0);
  const extra = extraLen > 0 ? 4 + extraLen : 0;
  const b = zeroed(46 + r.name.length + extra);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 45, 4); // made by: Unix, ZIP 4.5
  b.writeUInt16LE(extra > 0 ? 45 : 20, 6);
  b.writeUInt16LE(r.flags, 8);
  b.writeUInt16LE(0, 10);
  b.writeUInt16LE(r.time, 12);
  b.writeUInt16LE(r.date, 14);
  b.writeUInt32LE(r.crc, 16);
  b.writeUInt32LE(bigSize ? MAX32 : r.size, 20);
  b.writeUInt32LE(bigSize ? MAX32 : r.size, 24);
  b.writeUInt16LE(r.name.length, 28);
  b.writeUInt16LE(extra, 30);
  // comment length, disk number, internal attributes: 0
  const mode = r.directory ? 0o040755 : 0o100644;
  b.writeUInt32LE(((mode << 16) | (r.directory ? 0x10 : 0)) >>> 0, 38);
  b.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42);
  r.name.copy(b, 46);
  if (extra > 0) {
    let at = 46 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(extraLen, at + 2);
    at += 4;
    if (bigSize) {
      b.writeBigUInt64LE(BigInt(r.size), at);
      b.writeBigUInt64LE(BigInt(r.size), at + 8);
      at += 16;
    }
    if (bigOffset) b.writeBigUInt64LE(BigInt(r.offset), at);
  }
  return b;
}

function dataDescriptor(crc: number, size: number, zip64: boolean): Buffer {
  const b = Buffer.alloc(zip64 ? 24 : 16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(crc, 4);
  if (zip64) {
    b.writeBigUInt64LE(BigInt(size), 8);
    b.writeBigUInt64LE(BigInt(size), 16);
  } else {
    b.writeUInt32LE(size, 8);
    b.writeUInt32LE(size, 12);
  }
  return b;
}

function endRecords(entries: number, cdOffset: number, cdSize: number): Buffer {
  const zip64 = entries >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? MAX16 : entries, 8);
  eocd.writeUInt16LE(zip64 ? MAX16 : entries, 10);
  eocd.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
  eocd.writeUInt32LE(zip64 ? MAX32 : cdOffset, 16);
  if (!zip64) return eocd;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE((3 << 8) | 45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(cdSize), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, eocd]);
}

/** A file source small enough to read in one synchronous call, with its bytes and mtime; else null. */
function readSmall(source: ContentSource): { data: Buffer; mtime?: Date } | null {
  if (source.kind === 'buffer')
    return { data: Buffer.from(source.data.buffer, source.data.byteOffset, source.data.byteLength) };
  if (source.kind !== 'file') return null;
  const fd = openSync(source.path, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`not a regular file: ${source.path}`);
    if (st.size > SMALL_FILE) return null;
    const data = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, data, read, st.size - read, read);
      if (n === 0) throw new Error(`source has ${read} bytes, ${st.size} were declared`);
      read += n;
    }
    return { data, mtime: st.mtime };
  } finally {
    closeSync(fd);
  }
}

export const openStoredZipTarget: OpenTarget = async (tempPath, rootName, options) => {
  const fh: FileHandle = await open(tempPath, 'wx');
  const workersFrom = options.workersFrom ?? WORKERS_FROM_FILES;
  const records: CentralRecord[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let cursor = 0; // bytes of the archive so far, flushed, reserved or pending
  let pendingAt = 0; // where the pending buffers go
  /** The data the workers copied, being flushed to disk while METS and PREMIS are made. */
  const flushing: Promise<void>[] = [];

  async function emit(b: Buffer): Promise<void> {
    pending.push(b);
    pendingBytes += b.length;
    cursor += b.length;
    if (pendingBytes >= FLUSH_AT) await flush();
  }
  /**
   * A source's chunk, which the source may reuse once the next one is asked for: a large one is
   * written before that, as it is; a small one is copied into the pending write. Copying every
   * chunk cost 0.5 s of 100,000 documents' METS and PREMIS (docs/adr/0014).
   */
  async function emitChunk(chunk: Uint8Array): Promise<void> {
    if (chunk.byteLength < WRITE_AS_IS) return emit(Buffer.from(chunk));
    await emit(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    await flush();
  }
  /**
   * What is written so far starts going to disk while the main thread goes on; finish() awaits
   * every such flush (its error, if any, is thrown there) and syncs the rest. Every flush is
   * awaited: an error a flush reports is not reported again by a later fsync.
   */
  function startDatasync(): void {
    const flushed = fh.datasync();
    flushed.catch(() => undefined);
    flushing.push(flushed);
  }
  async function flush(): Promise<void> {
    if (pendingBytes === 0) return;
    const out = pending;
    const at = pendingAt;
    pending = [];
    pendingBytes = 0;
    pendingAt = cursor;
    // Positioned: workers fill reserved places between what the main thread writes.
    await fh.writev(out, at);
  }
  /** Leaves `bytes` of the archive for workers to fill; what is pending goes before them. */
  async function reserve(bytes: number): Promise<number> {
    await flush();
    const at = cursor;
    cursor += bytes;
    pendingAt = cursor;
    return at;
  }
  const nameOf = (path: string, dir: boolean): Buffer =>
    Buffer.from(`${rootName}${path ? `/${path}` : ''}${dir ? '/' : ''}`, 'utf8');

  async function addDirectory(path: string): Promise<void> {
    const { time, date } = dosDateTime(new Date());
    const r = { name: nameOf(path, true), flags: FLAG_UTF8, time, date, crc: 0, size: 0 };
    records.push({ ...r, offset: cursor, directory: true });
    await emit(localHeader(r, false));
  }
  await addDirectory('');

  async function writeFile(path: string, source: ContentSource, mtime: Date): Promise<SinkFileResult> {
    const small = readSmall(source);
    const { time, date } = dosDateTime(small?.mtime ?? mtime);
    const offset = cursor;
    if (small) {
      const crc = crc32(small.data);
      const r = { name: nameOf(path, false), flags: FLAG_UTF8, time, date, crc, size: small.data.length };
      records.push({ ...r, offset, directory: false });
      await emit(localHeader(r, false));
      await emit(small.data);
      const sha256 = createHash('sha256').update(small.data).digest('hex');
      return { size: small.data.length, sha256, ...(small.mtime ? { sourceMtime: small.mtime } : {}) };
    }
    // Large file or stream: the bytes first, then CRC and sizes in a data descriptor.
    const stat = source.kind === 'file' ? fstatOf(source.path) : null;
    const declared = source.kind === 'stream' ? source.size : (stat?.size ?? 0);
    const zip64 = declared >= MAX32;
    const name = nameOf(path, false);
    const flags = FLAG_UTF8 | FLAG_DESCRIPTOR;
    await emit(localHeader({ name, flags, time, date, crc: 0, size: 0 }, zip64));
    const t = tap(source, declared);
    let crc = 0;
    for await (const chunk of t.chunks) {
      crc = crc32(chunk, crc);
      await emitChunk(chunk);
    }
    const { size, sha256 } = t.result();
    await emit(dataDescriptor(crc, size, zip64));
    records.push({ name, flags, time, date, crc, size, offset, directory: false });
    if (size >= EARLY_SYNC_BYTES) {
      await flush();
      startDatasync();
    }
    return { size, sha256, ...(stat ? { sourceMtime: stat.mtime } : {}) };
  }

  /** Reserves the places of listed files of known size and has workers fill them. */
  async function writeInWorkers(files: readonly SinkFile[], onFile?: OnSinkFile): Promise<SinkFileResult[]> {
    const places: FileToPlace[] = [];
    const placed: CentralRecord[] = [];
    let bytes = 0;
    for (const f of files) {
      const size = (f.source as { size: number }).size;
      const { time, date } = dosDateTime(f.mtime);
      const r = { name: nameOf(f.path, false), flags: FLAG_UTF8, time, date, crc: 0, size };
      const header = localHeader(r, false);
      placed.push({ ...r, offset: bytes, directory: false });
      places.push({
        path: (f.source as { path: string }).path,
        size,
        header,
        dataOffset: bytes + header.length,
      });
      bytes += header.length + size;
    }
    const start = await reserve(bytes);
    for (const [i, r] of placed.entries()) {
      records.push(Object.assign(r, { offset: r.offset + start }));
      (places[i] as { dataOffset: number }).dataOffset += start;
    }
    const results: SinkFileResult[] = new Array(files.length);
    await copyFilesInWorkers(
      tempPath,
      places,
      (i, r) => {
        (placed[i] as CentralRecord).crc = r.crc32;
        const result = { size: r.size, sha256: r.sha256 };
        results[i] = result;
        onFile?.(i, result);
      },
      options.signal,
    );
    // Gigabytes of copied documents start going to disk now, while the main thread renders METS
    // and PREMIS.
    startDatasync();
    return results;
  }

  const sink: PackageSink = {
    mkdir: addDirectory,
    writeFile,
    async writeFiles(files, onFile) {
      const sources = new Set<string>();
      const bulk = files.every((f) => {
        const s = f.source;
        if (s.kind !== 'file' || s.size === undefined || s.size >= MAX32 || sources.has(s.path)) return false;
        sources.add(s.path);
        return true;
      });
      if (bulk && files.length >= workersFrom) return writeInWorkers(files, onFile);
      const out: SinkFileResult[] = [];
      for (const [i, f] of files.entries()) {
        const result = await writeFile(f.path, f.source, f.mtime);
        out.push(result);
        onFile?.(i, result);
      }
      return out;
    },
  };

  return {
    sink,
    async finish() {
      const cdOffset = cursor;
      for (const r of records) await emit(centralHeader(r));
      await emit(endRecords(records.length, cdOffset, cursor - cdOffset));
      await flush();
      await Promise.all(flushing);
      await fh.close();
      await fsyncPath(tempPath);
    },
    async abort() {
      await fh.close().catch(() => undefined);
    },
  };
};

function fstatOf(path: string): { size: number; mtime: Date } {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    return { size: st.size, mtime: st.mtime };
  } finally {
    closeSync(fd);
  }
}
