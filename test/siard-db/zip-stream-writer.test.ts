/**
 * The export's own ZIP writer, read back by yauzl (the reader the SIARD checks use): folders,
 * whole files deflated and stored, streamed entries in many chunks, with the ordinary records and
 * with the ZIP64 forms forced (so the 8-byte records are proven without writing 4 GiB).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { ZipStreamWriter } from '../../src/adapters/siard-db/zip-stream-writer.ts';
import { tempDir } from './support/round-trip.ts';

interface ReadEntry {
  readonly data: Buffer;
  readonly crc: number;
  readonly method: number;
}

async function readZip(path: string): Promise<Map<string, ReadEntry>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, strictFileNames: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  const out = new Map<string, ReadEntry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const parts: Buffer[] = [];
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('error', reject);
        stream.on('end', () => {
          const data = Buffer.concat(parts);
          out.set(entry.fileName, { data, crc: entry.crc32, method: entry.compressionMethod });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return out;
}

for (const forceZip64 of [false, true]) {
  test(`entries written by ZipStreamWriter read back intact${forceZip64 ? ' (ZIP64 forms)' : ''}`, async () => {
    const dir = await tempDir();
    const path = join(dir, 'x.zip');
    const file = await open(path, 'wx');
    const zip = new ZipStreamWriter(async (bytes) => {
      await file.write(bytes);
    }, forceZip64);
    const xml = Buffer.from('<row><c1>Åsa &amp; 😀</c1></row>\n'.repeat(20000), 'utf8');
    const noise = randomBytes(300000);
    await zip.folder('header/');
    await zip.file('header/metadata.xml', Buffer.from('<siardArchive/>'), 6);
    await zip.file('content/lob1.bin', noise, 0);
    await zip.file('content/empty.txt', Buffer.alloc(0), 6);
    const table = zip.stream('content/table0.xml', 6);
    for (let at = 0; at < xml.length; at += 7777) await table.write(xml.subarray(at, at + 7777));
    await table.end();
    const stored = zip.stream('content/stored.bin', 0);
    await stored.write(noise.subarray(0, 1000));
    await stored.write(noise.subarray(1000));
    await stored.end();
    await zip.finish();
    await file.close();
    assert.equal((await readFile(path)).length, zip.size);

    const read = await readZip(path);
    assert.deepEqual(
      [...read.keys()],
      [
        'header/',
        'header/metadata.xml',
        'content/lob1.bin',
        'content/empty.txt',
        'content/table0.xml',
        'content/stored.bin',
      ],
    );
    const expect: Record<string, Buffer> = {
      'header/': Buffer.alloc(0),
      'header/metadata.xml': Buffer.from('<siardArchive/>'),
      'content/lob1.bin': noise,
      'content/empty.txt': Buffer.alloc(0),
      'content/table0.xml': xml,
      'content/stored.bin': noise,
    };
    for (const [name, entry] of read) {
      assert.ok(entry.data.equals(expect[name] as Buffer), `${name}: same bytes`);
      assert.equal(entry.crc, zlib.crc32(entry.data), `${name}: CRC-32 recorded`);
    }
    assert.equal(read.get('content/table0.xml')?.method, 8);
    assert.equal(read.get('content/lob1.bin')?.method, 0);
  });
}
