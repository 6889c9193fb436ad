/**
 * Writes a minimal but valid OLE2 compound file ([MS-CFB] version 3, 512-byte sectors) for tests:
 * storages from '/'-separated paths, small streams in the mini stream, large ones in sectors.
 * Enough for DOC/XLS container signatures and for exercising the reader's FAT, mini FAT and tree.
 */
const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface Ole2Stream {
  readonly path: string;
  readonly data: Uint8Array;
}

interface Node {
  name: string;
  type: 1 | 2 | 5;
  children: Node[];
  data?: Uint8Array;
  id?: number;
  start?: number;
  size?: number;
}

/** CFB directory order: shorter names first, then by upper-case name. */
function compare(a: Node, b: Node): number {
  return a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1);
}

export function buildCompoundFile(streams: readonly Ole2Stream[]): Buffer {
  const root: Node = { name: 'Root Entry', type: 5, children: [] };
  for (const s of streams) {
    const parts = s.path.split('/');
    let dir = root;
    for (const storage of parts.slice(0, -1)) {
      let next = dir.children.find((c) => c.name === storage && c.type === 1);
      if (!next) dir.children.push((next = { name: storage, type: 1, children: [] }));
      dir = next;
    }
    dir.children.push({ name: parts[parts.length - 1] as string, type: 2, children: [], data: s.data });
  }
  const nodes: Node[] = [];
  const number = (n: Node): void => {
    n.id = nodes.length;
    nodes.push(n);
    n.children.sort(compare).forEach(number);
  };
  number(root);

  // Mini stream for small streams, whole sectors for the others.
  const mini: number[] = [];
  const miniChunks: Uint8Array[] = [];
  const big: Node[] = [];
  for (const n of nodes) {
    if (n.type !== 2 || !n.data) continue;
    n.size = n.data.length;
    if (n.data.length >= CUTOFF) {
      big.push(n);
      continue;
    }
    const count = Math.ceil(n.data.length / MINI);
    n.start = count ? mini.length : END;
    for (let i = 0; i < count; i++) mini.push(i === count - 1 ? END : mini.length + 1);
    const padded = new Uint8Array(count * MINI);
    padded.set(n.data);
    miniChunks.push(padded);
  }
  const miniStream = Buffer.concat(miniChunks);
  const dirSectors = Math.ceil((nodes.length * 128) / SECTOR);
  const miniFatSectors = Math.ceil((mini.length * 4) / SECTOR);
  const miniStreamSectors = Math.ceil(miniStream.length / SECTOR);
  const bigSectors = big.reduce((s, n) => s + Math.ceil((n.data as Uint8Array).length / SECTOR), 0);
  const rest = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + rest) fatSectors++;
  const total = fatSectors + rest;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  let next = 0;
  const chain = (count: number): number => {
    if (count === 0) return END;
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return start;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = FATSECT;
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  for (const n of big) n.start = chain(Math.ceil((n.data as Uint8Array).length / SECTOR));
  root.start = miniStream.length ? miniStreamStart : END;
  root.size = miniStream.length;

  const out = Buffer.alloc(SECTOR * (1 + total));
  const header = out.subarray(0, SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(CUTOFF, 0x38);
  header.writeUInt32LE(miniFatSectors ? miniFatStart : END, 0x3c);
  header.writeUInt32LE(miniFatSectors, 0x40);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 0x4c + i * 4);
  const sectorAt = (n: number): Buffer => out.subarray((n + 1) * SECTOR, (n + 2) * SECTOR);
  fat.forEach((v, i) =>
    sectorAt(Math.floor(i / (SECTOR / 4))).writeUInt32LE(v >>> 0, (i % (SECTOR / 4)) * 4),
  );

  const dir = Buffer.alloc(dirSectors * SECTOR);
  for (let i = 0; i < dirSectors * (SECTOR / 128); i++) {
    const e = dir.subarray(i * 128, i * 128 + 128);
    e.writeUInt32LE(NOSTREAM, 0x44);
    e.writeUInt32LE(NOSTREAM, 0x48);
    e.writeUInt32LE(NOSTREAM, 0x4c);
    const n = nodes[i];
    if (!n) continue;
    e.write(n.name, 0, 'utf16le');
    e.writeUInt16LE((n.name.length + 1) * 2, 0x40);
    e[0x42] = n.type;
    e[0x43] = 1; // black
    // Children as a right-leaning chain in sorted order: a valid (if unbalanced) search tree.
    if (n.children.length) e.writeUInt32LE(n.children[0]?.id as number, 0x4c);
    const siblings = nodes.find((p) => p.children.includes(n))?.children ?? [];
    const right = siblings[siblings.indexOf(n) + 1];
    if (right) e.writeUInt32LE(right.id as number, 0x48);
    e.writeUInt32LE(n.start ?? 0, 0x74);
    e.writeUInt32LE(n.size ?? 0, 0x78);
  }
  dir.copy(out, (dirStart + 1) * SECTOR);
  mini.forEach((v, i) => out.writeUInt32LE(v >>> 0, (miniFatStart + 1) * SECTOR + i * 4));
  for (let i = mini.length; i < miniFatSectors * (SECTOR / 4); i++)
    out.writeUInt32LE(FREE, (miniFatStart + 1) * SECTOR + i * 4);
  if (miniStream.length) miniStream.copy(out, (miniStreamStart + 1) * SECTOR);
  for (const n of big) Buffer.from(n.data as Uint8Array).copy(out, ((n.start as number) + 1) * SECTOR);
  return out;
}
