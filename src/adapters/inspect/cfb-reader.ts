/**
 * A reader for OLE2 compound files ([MS-CFB]) just deep enough to find encryption: the directory
 * tree with full paths, and the first bytes of a stream. Password-protected OOXML is such a file
 * (streams EncryptionInfo and EncryptedPackage), and so are Word, Excel and PowerPoint 97–2003.
 * Every chain is walked with a step limit, so a hostile file with a loop ends as an error.
 */
import { open, type FileHandle } from 'node:fs/promises';

export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
/** The FAT of a 4 GiB file with 512-byte sectors; a header asking for more is corrupt. */
const MAX_FAT_SECTORS = 1 << 16;

export interface CfbEntry {
  /** Path from the root, e.g. "EncryptionInfo" or "ObjectPool/_1234/WordDocument". */
  readonly path: string;
  readonly type: 'storage' | 'stream';
  readonly size: number;
  readonly start: number;
}

export class CfbFile {
  private constructor(
    private readonly file: FileHandle,
    private readonly fileSize: number,
    private readonly sectorSize: number,
    private readonly fat: Uint32Array,
    private readonly miniFat: Uint32Array,
    private readonly miniCutoff: number,
    private readonly rootStart: number,
    readonly entries: readonly CfbEntry[],
  ) {}

  static async open(path: string): Promise<CfbFile> {
    const file = await open(path, 'r');
    try {
      return await CfbFile.read(file);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  private static async read(file: FileHandle): Promise<CfbFile> {
    const fileSize = (await file.stat()).size;
    const header = await readAt(file, 0, 512);
    if (header.length < 512 || !header.subarray(0, 8).equals(CFB_SIGNATURE))
      throw new Error('not an OLE2 compound file');
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) throw new Error(`unsupported sector size 2^${shift}`);
    const sectorSize = 1 << shift;
    const fatSectors = header.readUInt32LE(0x2c);
    if (fatSectors > MAX_FAT_SECTORS) throw new Error(`implausible FAT size: ${fatSectors} sectors`);
    const sectorAt = (n: number) => (n + 1) * sectorSize;

    // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
    const fatList: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatList.length < fatSectors; i++)
      fatList.push(header.readUInt32LE(0x4c + i * 4));
    let difat = header.readUInt32LE(0x44);
    for (let steps = 0; fatList.length < fatSectors && difat < END_OF_CHAIN; steps++) {
      if (steps > MAX_FAT_SECTORS) throw new Error('DIFAT chain does not end');
      const block = await readAt(file, sectorAt(difat), sectorSize);
      for (let i = 0; i < sectorSize / 4 - 1 && fatList.length < fatSectors; i++)
        fatList.push(block.readUInt32LE(i * 4));
      difat = block.readUInt32LE(sectorSize - 4);
    }
    const fat = new Uint32Array(fatList.length * (sectorSize / 4));
    for (const [i, sector] of fatList.entries()) {
      const block = await readAt(file, sectorAt(sector), sectorSize);
      for (let j = 0; j < sectorSize / 4; j++) fat[i * (sectorSize / 4) + j] = block.readUInt32LE(j * 4);
    }

    const chainBytes = async (start: number, limit: number): Promise<Buffer> => {
      const parts: Buffer[] = [];
      let length = 0;
      for (const sector of chain(fat, start, fileSize / sectorSize + 1)) {
        if (length >= limit) break;
        const block = await readAt(file, sectorAt(sector), sectorSize);
        parts.push(block);
        length += block.length;
      }
      return Buffer.concat(parts);
    };
    const maxDirectoryBytes = 64 * 1024 * 1024;
    const directory = await chainBytes(header.readUInt32LE(0x30), maxDirectoryBytes);
    const miniFatBytes =
      header.readUInt32LE(0x40) > 0
        ? await chainBytes(header.readUInt32LE(0x3c), 64 * 1024 * 1024)
        : Buffer.alloc(0);
    const miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4));
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = miniFatBytes.readUInt32LE(i * 4);
    const entries = walkDirectory(directory, sectorSize === 512);
    const root = directory.length >= 128 ? directory.readUInt32LE(0x74) : END_OF_CHAIN;
    return new CfbFile(file, fileSize, sectorSize, fat, miniFat, header.readUInt32LE(0x38), root, entries);
  }

  find(path: string): CfbEntry | undefined {
    return this.entries.find((e) => e.type === 'stream' && e.path === path);
  }

  /** The first `length` bytes of a stream (fewer when the stream is shorter). */
  async readStream(entry: CfbEntry, length: number): Promise<Buffer> {
    const want = Math.min(length, entry.size);
    const parts: Buffer[] = [];
    let got = 0;
    if (entry.size < this.miniCutoff) {
      // Small streams live in 64-byte mini sectors inside the root entry's stream.
      const miniSectors = [...chain(this.miniFat, entry.start, this.miniFat.length + 1)];
      const miniStream = [...chain(this.fat, this.rootStart, this.fileSize / this.sectorSize + 1)];
      for (const mini of miniSectors) {
        if (got >= want) break;
        const offset = mini * 64;
        const host = miniStream[Math.floor(offset / this.sectorSize)];
        if (host === undefined) throw new Error('mini sector outside the mini stream');
        const block = await readAt(this.file, (host + 1) * this.sectorSize + (offset % this.sectorSize), 64);
        parts.push(block);
        got += block.length;
      }
    } else {
      for (const sector of chain(this.fat, entry.start, this.fileSize / this.sectorSize + 1)) {
        if (got >= want) break;
        const block = await readAt(this.file, (sector + 1) * this.sectorSize, this.sectorSize);
        parts.push(block);
        got += block.length;
      }
    }
    return Buffer.concat(parts).subarray(0, want);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

function* chain(table: Uint32Array, start: number, maxSteps: number): Generator<number> {
  let sector = start;
  for (let steps = 0; sector < END_OF_CHAIN - 3; steps++) {
    if (steps > maxSteps || sector >= table.length) throw new Error('sector chain is broken or loops');
    yield sector;
    sector = table[sector]!;
  }
}

/** The red-black trees of 128-byte directory entries, flattened into paths from the root. */
function walkDirectory(directory: Buffer, ignoreHighSize: boolean): CfbEntry[] {
  const count = Math.floor(directory.length / 128);
  const out: CfbEntry[] = [];
  if (count === 0) return out;
  // Each entry is visited once (a loop in a hostile tree ends there), without recursion.
  const seen = new Set<number>([0]);
  const pending: [number, string][] = [[directory.readUInt32LE(0x4c), '']];
  while (pending.length > 0) {
    const [n, parent] = pending.pop()!;
    if (n === NO_STREAM || n >= count || seen.has(n)) continue;
    seen.add(n);
    const at = n * 128;
    const nameLength = Math.min(directory.readUInt16LE(at + 0x40), 64);
    const name = directory.toString('utf16le', at, at + Math.max(0, nameLength - 2));
    const type = directory[at + 0x42];
    pending.push([directory.readUInt32LE(at + 0x44), parent], [directory.readUInt32LE(at + 0x48), parent]);
    const path = parent ? `${parent}/${name}` : name;
    // Version 3 files may leave garbage in the high half of the size ([MS-CFB] 2.6.3).
    const high = ignoreHighSize ? 0 : directory.readUInt32LE(at + 0x7c);
    const size = directory.readUInt32LE(at + 0x78) + high * 2 ** 32;
    if (type === 1) {
      out.push({ path, type: 'storage', size: 0, start: 0 });
      pending.push([directory.readUInt32LE(at + 0x4c), path]);
    } else if (type === 2) out.push({ path, type: 'stream', size, start: directory.readUInt32LE(at + 0x74) });
  }
  return out;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
