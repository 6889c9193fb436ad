/** ZIP samples built with yazl: entries in the given order, `store` entries left uncompressed. */
import yazl from 'yazl';

export interface ZipEntry {
  readonly name: string;
  /** A string is written as UTF-8; omit for a directory entry (name ends with '/'). */
  readonly data?: string | Uint8Array;
  readonly store?: boolean;
}

export function zipOf(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(2024, 0, 1);
  for (const e of entries) {
    if (e.data === undefined) zip.addEmptyDirectory(e.name.replace(/\/$/, ''), { mtime });
    else {
      const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
      zip.addBuffer(data, e.name, { mtime, compress: !e.store });
    }
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
