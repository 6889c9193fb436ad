/**
 * Writes OLE2 compound files ([MS-CFB] version 3, 512-byte sectors) for the encryption tests:
 * streams under 4096 bytes go to the mini stream as the format requires, larger ones to regular
 * sectors, so both read paths are exercised. Paths may name one level of storage
 * ("ObjectPool/_1/WordDocument" makes storages ObjectPool and ObjectPool/_1).
 */

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface CfbStreamSpec {
  readonly path: string;
  readonly data: Buffer;
}

interface Node {
  name: string;
  type: 1 | 2 | 5;
  data?: Buffer;
  children: Node[];
  /** Next sibling: siblings form a chain of right links, a degenerate but valid tree for a reader. */
  right?: Node;
  id: number;
  start: number;
  size: number;
}

export function makeCfb(streams: readonly CfbStreamSpec[]): Buffer {
  const root: Node = { name: 'Root Entry', type: 5, children: [], id: 0, start: END, size: 0 };
  for (const spec of streams) {
    const parts = spec.path.split('/');
    let parent = root;
    for (const storage of parts.slice(0, -1)) {
      let next = parent.children.find((c) => c.name === storage && c.type === 1);
      if (!next)
        parent.children.push((next = { name: storage, type: 1, children: [], id: 0, start: 0, size: 0 }));
      parent = next;
    }
    parent.children.push({
      name: parts.at(-1)!,
      type: 2,
      data: spec.data,
      children: [],
      id: 0,
      start: END,
      size: spec.data.length,
    });
  }
  const nodes: Node[] = [];
  const number = (node: Node) => {
    node.id = nodes.length;
    nodes.push(node);
    node.children.forEach((child, i) => (child.right = node.children[i + 1]));
    node.children.forEach(number);
  };
  number(root);

  // Mini stream: small streams in 64-byte mini sectors, each chained in the mini FAT.
  const miniFat: number[] = [];
  const miniParts: Buffer[] = [];
  for (const node of nodes.filter((n) => n.type === 2 && n.size < CUTOFF)) {
    const count = Math.ceil(node.size / MINI);
    node.start = count === 0 ? END : miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END : miniFat.length + 1);
    miniParts.push(pad(node.data!, MINI));
  }
  const miniStream = Buffer.concat(miniParts);

  // Regular sectors after the FAT: directory, mini FAT, mini stream, then each large stream.
  const directoryBytes = pad(Buffer.alloc(nodes.length * 128), SECTOR).length;
  const blocks: { bytes: Buffer; assign: (start: number) => void }[] = [];
  const directory = Buffer.alloc(directoryBytes);
  blocks.push({ bytes: directory, assign: () => {} });
  const miniFatBytes = Buffer.alloc(miniFat.length * 4);
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4));
  let miniFatStart = END;
  if (miniFat.length > 0)
    blocks.push({ bytes: pad(miniFatBytes, SECTOR, 0xff), assign: (s) => (miniFatStart = s) });
  if (miniStream.length > 0) {
    blocks.push({
      bytes: pad(miniStream, SECTOR),
      assign: (s) => ((root.start = s), (root.size = miniStream.length)),
    });
  }
  for (const node of nodes.filter((n) => n.type === 2 && n.size >= CUTOFF)) {
    blocks.push({ bytes: pad(node.data!, SECTOR), assign: (s) => (node.start = s) });
  }
  const dataSectors = blocks.reduce((sum, b) => sum + b.bytes.length / SECTOR, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error('test CFB writer: too large for a header-only DIFAT');

  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  let next = fatSectors;
  const starts: number[] = [];
  for (const block of blocks) {
    const count = block.bytes.length / SECTOR;
    starts.push(next);
    block.assign(next);
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
  }

  for (const node of nodes) writeEntry(directory, node);

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(starts[0]!, 0x30);
  header.writeUInt32LE(CUTOFF, 0x38);
  header.writeUInt32LE(miniFatStart, 0x3c);
  header.writeUInt32LE(Math.ceil(miniFatBytes.length / SECTOR), 0x40);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 0x4c + i * 4);

  const fatBytes = Buffer.alloc(fat.length * 4);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v >>> 0, i * 4));
  return Buffer.concat([header, fatBytes, ...blocks.map((b) => b.bytes)]);
}

function writeEntry(directory: Buffer, node: Node): void {
  const at = node.id * 128;
  const name = Buffer.from(`${node.name}\0`, 'utf16le');
  name.copy(directory, at);
  directory.writeUInt16LE(name.length, at + 0x40);
  directory[at + 0x42] = node.type;
  directory[at + 0x43] = 1; // black
  directory.writeUInt32LE(NOSTREAM, at + 0x44);
  directory.writeUInt32LE(node.right?.id ?? NOSTREAM, at + 0x48);
  directory.writeUInt32LE(node.children[0]?.id ?? NOSTREAM, at + 0x4c);
  directory.writeUInt32LE(node.start, at + 0x74);
  directory.writeUInt32LE(node.size, at + 0x78);
}

function pad(data: Buffer, unit: number, fill = 0): Buffer {
  const length = Math.ceil(data.length / unit) * unit;
  return length === data.length ? data : Buffer.concat([data, Buffer.alloc(length - data.length, fill)]);
}

/** A Word 97-2003 FIB start: wIdent 0xA5EC, and fEncrypted in the flags word when asked. */
export function wordDocumentStream(encrypted: boolean, size = 5000): Buffer {
  const stream = Buffer.alloc(size);
  stream.writeUInt16LE(0xa5ec, 0);
  stream.writeUInt16LE(0x00c1, 2); // nFib of Word 97
  stream.writeUInt16LE(encrypted ? 0x0100 : 0x0000, 0x0a);
  return stream;
}

/** Workbook globals: BOF, optionally FILEPASS, a CODEPAGE record, EOF. */
export function workbookStream(encrypted: boolean): Buffer {
  const record = (type: number, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt16LE(type, 0);
    head.writeUInt16LE(data.length, 2);
    return Buffer.concat([head, data]);
  };
  return Buffer.concat([
    record(0x0809, Buffer.alloc(16)),
    ...(encrypted ? [record(0x002f, Buffer.from([1, 0, 1, 0, 2, 0]))] : []),
    record(0x0042, Buffer.from([0xb0, 0x04])),
    record(0x000a, Buffer.alloc(0)),
    // After the globals' EOF: a FILEPASS type here must not count.
    record(0x002f, Buffer.alloc(6)),
  ]);
}

/** CurrentUserAtom: record header, size, headerToken (encrypted or not). */
export function currentUserStream(encrypted: boolean): Buffer {
  const atom = Buffer.alloc(40);
  atom.writeUInt16LE(0, 0);
  atom.writeUInt16LE(0x0ff6, 2);
  atom.writeUInt32LE(32, 4);
  atom.writeUInt32LE(20, 8);
  atom.writeUInt32LE(encrypted ? 0xf3d1c4df : 0xe391c05f, 12);
  return atom;
}
