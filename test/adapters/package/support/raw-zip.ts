import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes ZIP bytes by hand, for the archives yazl refuses to produce: traversal names, encryption
 * flags, duplicates, link attributes, lying sizes. Defaults describe an ordinary stored UTF-8 file.
 */
export interface RawZipEntry {
  readonly name: string | Buffer;
  readonly data?: Buffer;
  /** Deflate `data` (method 8) instead of storing it. */
  readonly deflate?: boolean;
  /** Overrides the recorded compression method without changing the bytes. */
  readonly method?: number;
  readonly flags?: number;
  readonly externalAttributes?: number;
  readonly uncompressedSize?: number;
  readonly compressedSize?: number;
  readonly crc?: number;
  /** Overrides the local-header offset in the central directory. */
  readonly offset?: number;
  readonly extra?: Buffer;
}

const UNIX_MADE_BY = (3 << 8) | 20;
const FLAG_UTF8 = 0x800;

/** Unix mode in the high 16 bits of the external attributes. */
export const unixMode = (mode: number): number => (mode << 16) >>> 0;

/** `zip64`: end the archive with ZIP64 end records, as writers must for more than 65,535 entries. */
export function buildZip(entries: readonly RawZipEntry[], options: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const data = entry.data ?? Buffer.alloc(0);
    const body = entry.deflate ? deflateRawSync(data) : data;
    const method = entry.method ?? (entry.deflate ? 8 : 0);
    const flags = entry.flags ?? (typeof entry.name === 'string' ? FLAG_UTF8 : 0);
    const crc = entry.crc ?? crc32(data);
    const compressed = entry.compressedSize ?? body.length;
    const uncompressed = entry.uncompressedSize ?? data.length;
    const extra = entry.extra ?? Buffer.alloc(0);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(UNIX_MADE_BY, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(entry.externalAttributes ?? unixMode(0o100644), 38);
    central.writeUInt32LE(entry.offset ?? offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const tail = options.zip64 ? zip64End(entries.length, directory.length, offset) : [];
  const count = options.zip64 ? 0xffff : entries.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}

/** ZIP64 end of central directory record and its locator (APPNOTE 4.3.14, 4.3.15). */
function zip64End(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(UNIX_MADE_BY, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}
