/**
 * A small reader of OLE2 compound files ([MS-CFB]): header, FAT (with DIFAT), directory tree,
 * mini stream. Enough to list the storages and streams and read a stream's first and last bytes
 * for container signatures (DOC, XLS, PPT, MSG …). Reads go through a RandomAccessFile, a few
 * sectors at a time; every chain and tree walk is bounded, so a hostile file ends in an Error,
 * never in a loop.
 */
import type { RandomAccessFile } from '../../../ports/format-identifier.ts';
import type { ContainerEntries } from './container-matcher.ts';

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const MAX_SECTOR = 0xfffffffa;
/** Beyond this many directory entries a "document" is not worth identifying further. */
const MAX_ENTRIES = 100_000;
/** FATs larger than this (a file of many GB) are refused rather than read. */
const MAX_FAT_BYTES = 64 * 1024 * 1024;

export interface CompoundEntry {
  /** '/'-separated path below the root; names trimmed of leading control characters, as DROID does. */
  readonly path: string;
  readonly kind: 'storage' | 'stream';
  readonly size: number;
  readonly start: number;
}

export class Ole2Error extends Error {}

function u32(b: Uint8Array, at: number): number {
  return (
    ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) +
    (b[at + 3] as number) * 0x1000000
  );
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

/** Java's String.trim(): drops every character up to U+0020 at both ends (JavaScript's trim does not). */
function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

export class CompoundFile {
  readonly entries = new Map<string, CompoundEntry>();
  private fat: Uint32Array = new Uint32Array(0);
  private miniFat: Uint32Array = new Uint32Array(0);
  private miniStreamChain: number[] = [];
  private miniCutoff = 4096;
  private sectorSize = 512;
  private readonly miniSectorSize = 64;
  private readonly chains = new Map<string, number[]>();

  private constructor(private readonly file: RandomAccessFile) {}

  static async open(file: RandomAccessFile): Promise<CompoundFile> {
    const cf = new CompoundFile(file);
    await cf.load();
    return cf;
  }

  private async load(): Promise<void> {
    const h = await this.file.read(0, 512);
    if (h.length < 512 || MAGIC.some((m, i) => h[i] !== m)) throw new Ole2Error('not an OLE2 compound file');
    const shift = u16(h, 0x1e);
    if (shift !== 9 && shift !== 12) throw new Ole2Error(`sector shift ${shift}`);
    this.sectorSize = 1 << shift;
    this.miniCutoff = u32(h, 0x38);
    const fatSectors = u32(h, 0x2c);
    if (fatSectors * this.sectorSize > MAX_FAT_BYTES) throw new Ole2Error('FAT too large');
    // The DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors.
    const fatList: number[] = [];
    for (let i = 0; i < 109 && fatList.length < fatSectors; i++) fatList.push(u32(h, 0x4c + i * 4));
    let difat = u32(h, 0x44);
    for (let hops = 0; fatList.length < fatSectors && difat <= MAX_SECTOR; hops++) {
      if (hops > fatSectors) throw new Ole2Error('DIFAT loop');
      const s = await this.sector(difat);
      const perSector = this.sectorSize / 4 - 1;
      for (let i = 0; i < perSector && fatList.length < fatSectors; i++) fatList.push(u32(s, i * 4));
      difat = u32(s, perSector * 4);
    }
    this.fat = await this.readTable(fatList);
    this.miniFat = await this.readTable(this.chain(u32(h, 0x3c)));
    await this.readDirectory(this.chain(u32(h, 0x30)));
  }

  private async sector(n: number): Promise<Uint8Array> {
    const b = await this.file.read((n + 1) * this.sectorSize, this.sectorSize);
    if (b.length < this.sectorSize) throw new Ole2Error(`sector ${n} beyond the end of the file`);
    return b;
  }

  private async readTable(sectors: readonly number[]): Promise<Uint32Array> {
    const out = new Uint32Array((sectors.length * this.sectorSize) / 4);
    for (const [i, n] of sectors.entries()) {
      const s = await this.sector(n);
      for (let k = 0; k < this.sectorSize / 4; k++) out[(i * this.sectorSize) / 4 + k] = u32(s, k * 4);
    }
    return out;
  }

  /** The sectors of a chain, following `table` (the FAT unless given), bounded by the table's size. */
  private chain(start: number, table: Uint32Array = this.fat): number[] {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN && n <= MAX_SECTOR; n = table[n] ?? END_OF_CHAIN) {
      if (out.length > table.length) throw new Ole2Error('sector chain loop');
      out.push(n);
    }
    return out;
  }

  private async readDirectory(sectors: readonly number[]): Promise<void> {
    const raw: Uint8Array[] = [];
    for (const n of sectors) raw.push(await this.sector(n));
    const count = Math.min((sectors.length * this.sectorSize) / 128, MAX_ENTRIES);
    const entry = (i: number): Uint8Array => {
      const per = this.sectorSize / 128;
      const s = raw[Math.floor(i / per)] as Uint8Array;
      return s.subarray((i % per) * 128, (i % per) * 128 + 128);
    };
    const root = entry(0);
    this.miniStreamChain = this.chain(u32(root, 0x74));
    // Walk each storage's red-black tree of children (left, right, child), iteratively, once per entry.
    const visited = new Uint8Array(count);
    const stack: { id: number; prefix: string }[] = [{ id: u32(root, 0x4c), prefix: '' }];
    while (stack.length) {
      const { id, prefix } = stack.pop() as { id: number; prefix: string };
      if (id === NO_STREAM || id >= count || visited[id]) continue;
      visited[id] = 1;
      const e = entry(id);
      const nameLength = Math.min(u16(e, 0x40), 64);
      let name = '';
      for (let k = 0; k + 1 < nameLength - 1; k += 2) name += String.fromCharCode(u16(e, k));
      name = javaTrim(name); // DROID: entry.getName().trim() drops the \x01, \x05 … prefixes
      const type = e[0x42];
      const path = prefix + name;
      stack.push({ id: u32(e, 0x44), prefix }, { id: u32(e, 0x48), prefix });
      if (type === 1) {
        this.entries.set(path, { path, kind: 'storage', size: 0, start: 0 });
        stack.push({ id: u32(e, 0x4c), prefix: `${path}/` });
      } else if (type === 2) {
        const size = u32(e, 0x78) + u32(e, 0x7c) * 0x100000000;
        this.entries.set(path, { path, kind: 'stream', size, start: u32(e, 0x74) });
      }
    }
  }

  /** Bytes [offset, offset + length) of a stream (fewer at its end). */
  async read(entry: CompoundEntry, offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(entry.size, offset + length);
    if (entry.kind !== 'stream' || offset >= end) return new Uint8Array(0);
    const mini = entry.size < this.miniCutoff;
    const unit = mini ? this.miniSectorSize : this.sectorSize;
    const key = `${mini ? 'm' : 'f'}${entry.start}`;
    let chain = this.chains.get(key);
    if (!chain) {
      chain = mini ? this.chain(entry.start, this.miniFat) : this.chain(entry.start);
      this.chains.set(key, chain);
    }
    const out = new Uint8Array(end - offset);
    for (let pos = offset; pos < end;) {
      const index = Math.floor(pos / unit);
      const within = pos % unit;
      const sector = chain[index];
      if (sector === undefined) throw new Ole2Error(`stream ${entry.path} is shorter than its size`);
      let n = Math.min(unit - within, end - pos);
      if (!mini) {
        // Consecutive sectors are usual: read a run of them at once.
        for (let k = index + 1; pos + n < end && chain[k] === sector + (k - index); k++)
          n = Math.min(n + unit, end - pos);
      }
      const bytes = mini
        ? await this.readMini(sector * unit + within, n)
        : await this.file.read((sector + 1) * unit + within, n);
      if (bytes.length < n) throw new Ole2Error(`stream ${entry.path} runs beyond the end of the file`);
      out.set(bytes.subarray(0, n), pos - offset);
      pos += n;
    }
    return out;
  }

  /** Bytes of the mini stream (itself a regular chain from the root entry). */
  private async readMini(offset: number, length: number): Promise<Uint8Array> {
    const index = Math.floor(offset / this.sectorSize);
    const sector = this.miniStreamChain[index];
    if (sector === undefined) throw new Ole2Error('mini stream is shorter than its sectors');
    return this.file.read((sector + 1) * this.sectorSize + (offset % this.sectorSize), length);
  }
}

/** A compound file as container entries for the container signatures (see container-matcher.ts). */
export async function ole2ContainerEntries(file: RandomAccessFile): Promise<ContainerEntries> {
  const cf = await CompoundFile.open(file);
  return {
    has: (path) => cf.entries.has(path),
    async sample(path, head, tail) {
      const entry = cf.entries.get(path);
      if (!entry || entry.kind !== 'stream') return null;
      const first = await cf.read(entry, 0, head);
      const last =
        entry.size <= head
          ? first.subarray(Math.max(0, first.length - tail))
          : await cf.read(entry, Math.max(0, entry.size - tail), tail);
      return { head: first, tail: last, size: entry.size };
    },
  };
}
