/**
 * Writes TAR bytes by hand, for the archives no well-behaved writer produces: traversal names,
 * links, devices, invalid UTF-8, lying sizes, missing end blocks. Defaults give a ustar file.
 */
export interface RawTarEntry {
  readonly name: string | Buffer;
  /** Type flag character: '0' file, '1' hard link, '2' symlink, '3' chr, '4' blk, '5' dir, '6' FIFO, 'x' PAX. */
  readonly type?: string;
  readonly data?: Buffer;
  /** Declared size, when it should differ from data.length. */
  readonly size?: number;
  readonly linkname?: string;
  /** Write no "ustar" magic: a pre-POSIX (v7) header. */
  readonly v7?: boolean;
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(entry: RawTarEntry): Buffer {
  const header = Buffer.alloc(BLOCK);
  const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
  name.copy(header, 0, 0, Math.min(name.length, 100));
  header.write(octal(0o644, 8), 100, 'latin1');
  header.write(octal(0, 8), 108, 'latin1');
  header.write(octal(0, 8), 116, 'latin1');
  header.write(octal(entry.size ?? entry.data?.length ?? 0, 12), 124, 'latin1');
  header.write(octal(0, 12), 136, 'latin1');
  header.write(entry.type ?? '0', 156, 'latin1');
  if (entry.linkname) header.write(entry.linkname, 157, 'utf8');
  if (!entry.v7) header.write('ustar\u000000', 257, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 'latin1');
  return header;
}

function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

/** A PAX extended header carrying `records` for the entry that follows it. */
export function paxHeader(records: Record<string, string | Buffer>): RawTarEntry {
  const lines = Object.entries(records).map(([key, value]) => {
    const body = Buffer.concat([Buffer.from(` ${key}=`), Buffer.from(value), Buffer.from('\n')]);
    let length = body.length + 1;
    while (String(length).length + body.length !== length) length++;
    return Buffer.concat([Buffer.from(String(length)), body]);
  });
  return { name: 'PaxHeader', type: 'x', data: Buffer.concat(lines) };
}

export function buildTar(entries: readonly RawTarEntry[], options: { endBlocks?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(tarHeader(entry));
    if (entry.data && entry.data.length > 0) parts.push(padded(entry.data));
  }
  parts.push(Buffer.alloc(BLOCK * (options.endBlocks ?? 2)));
  return Buffer.concat(parts);
}
