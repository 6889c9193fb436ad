/**
 * The FormatIdentifier adapter: containers are opened through the caller's RandomAccessFile and
 * closed again, ZIP entries are read only as far as needed, and damaged or random input is still
 * identified (or not) without an exception.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadFormatIdentifier } from '../../src/adapters/format/pronom-format-identifier.ts';
import { zipContainerEntries } from '../../src/adapters/format/zip-container-entries.ts';
import { SampledFile } from '../../src/core/formats/pronom/sampled-file.ts';
import type { RandomAccessFile } from '../../src/ports/format-identifier.ts';
import { doc, docx, siard } from './samples/container-samples.ts';
import { zipOf } from './samples/zip-sample.ts';

function memory(bytes: Uint8Array, onClose: () => void = () => {}): RandomAccessFile {
  return {
    size: bytes.length,
    read: async (o, l) => bytes.subarray(o, Math.min(o + l, bytes.length)),
    close: async () => onClose(),
  };
}

const sampleOf = (b: Uint8Array) => ({
  head: b.subarray(0, 65536),
  tail: b.subarray(Math.max(0, b.length - 65536)),
  size: b.length,
});

test('ZIP entries: names with directories, and entry bytes read through the RandomAccessFile', async () => {
  const zip = await siard('2.2');
  const entries = await zipContainerEntries(memory(zip));
  assert.ok(entries.has('header/siardversion/2.2/'));
  assert.ok(entries.has('header/metadata.xml'));
  assert.ok(!entries.has('header/metadata'));
  const sample = await entries.sample('header/metadata.xml', 40, 0);
  assert.equal(
    Buffer.from(sample?.head ?? []).toString('latin1'),
    '<?xml version="1.0" encoding="UTF-8" standalone'.slice(0, 40),
  );
  assert.equal(await entries.sample('missing.xml', 10, 0), null);
});

test('an encrypted ZIP entry is never decrypted or matched', async () => {
  const zip = Buffer.from(await zipOf([{ name: 'mimetype', data: 'application/epub+zip' }]));
  // Set the "encrypted" flag in the local and the central header (yauzl then refuses the data).
  zip.writeUInt16LE(zip.readUInt16LE(6) | 1, 6);
  const central = zip.indexOf('PK\x01\x02');
  zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
  const entries = await zipContainerEntries(memory(zip));
  assert.ok(entries.has('mimetype'));
  assert.equal(await entries.sample('mimetype', 100, 0), null);
});

test('the container file is opened only for container formats, and always closed', async () => {
  const identifier = await loadFormatIdentifier();
  let opened = 0;
  let closed = 0;
  const open = (bytes: Uint8Array) => async () => {
    opened++;
    return memory(bytes, () => closed++);
  };
  // A sample smaller than the file: the OLE2 directory and streams lie between head and tail.
  const word = doc();
  const partial = {
    head: word.subarray(0, 1024),
    tail: word.subarray(word.length - 1024),
    size: word.length,
  };
  assert.equal((await identifier.identify('a.doc', partial, open(word))).puid, 'fmt/40');
  const text = Buffer.from('just text');
  await identifier.identify('a.txt', sampleOf(text), open(text));
  assert.equal(opened, 1);
  assert.equal(closed, 1);
});

test('a container held whole in its sample is identified without opening the file', async () => {
  const identifier = await loadFormatIdentifier();
  const r = await identifier.identify('a.docx', sampleOf(await docx()));
  assert.equal(r.puid, 'fmt/412');
  assert.equal(r.method, 'container');
});

test('a ZIP whose central directory is damaged is still a ZIP, with a note', async () => {
  const identifier = await loadFormatIdentifier();
  const zip = Buffer.from(await docx());
  const eocd = zip.lastIndexOf('PK\x05\x06');
  zip.writeUInt32LE(zip.length + 1000, eocd + 16); // central directory offset beyond the end
  const r = await identifier.identify('a.docx', sampleOf(zip), async () => memory(zip));
  assert.equal(r.puid, 'x-fmt/263');
  assert.equal(r.method, 'signature');
  assert.match(r.warning ?? '', /ZIP container could not be read/);
});

test('random bytes behind ZIP, OLE2 and other magic numbers never make identification throw', async () => {
  const identifier = await loadFormatIdentifier();
  const magic = fc.constantFrom(
    Buffer.from('PK\x03\x04', 'latin1'),
    Buffer.from('d0cf11e0a1b11ae1', 'hex'),
    Buffer.from('%PDF-1.4\n', 'latin1'),
    Buffer.from('<?xml version="1.0"?>', 'latin1'),
    Buffer.alloc(0),
  );
  await fc.assert(
    fc.asyncProperty(magic, fc.uint8Array({ maxLength: 3000 }), async (prefix, rest) => {
      const bytes = Buffer.concat([prefix, rest]);
      const r = await identifier.identify('x.bin', sampleOf(bytes), async () => memory(bytes));
      assert.ok(r.puid === null || /^(x-)?fmt\/\d+$/.test(r.puid));
    }),
    { numRuns: 300, seed: 6 },
  );
});

test('SampledFile serves reads from head and tail, and the middle from the file in blocks', async () => {
  const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) & 0xff));
  let reads = 0;
  const sample = {
    head: bytes.subarray(0, 1000),
    tail: bytes.subarray(bytes.length - 1000),
    size: bytes.length,
  };
  const file = new SampledFile(sample, async () => ({
    size: bytes.length,
    read: async (o: number, l: number) => {
      reads++;
      return bytes.subarray(o, o + l);
    },
    close: async () => {},
  }));
  assert.deepEqual(Buffer.from(await file.read(10, 100)), bytes.subarray(10, 110));
  assert.deepEqual(Buffer.from(await file.read(bytes.length - 50, 100)), bytes.subarray(bytes.length - 50));
  assert.equal(reads, 0);
  assert.deepEqual(Buffer.from(await file.read(900, 200_000)), bytes.subarray(900, 200_900));
  assert.deepEqual(Buffer.from(await file.read(5000, 10)), bytes.subarray(5000, 5010));
  assert.equal(reads, 4, 'blocks 0–3 of 64 KiB, each read once');
  const whole = new SampledFile({
    head: bytes.subarray(0, 150_000),
    tail: bytes.subarray(150_000),
    size: bytes.length,
  });
  assert.equal(whole.complete, true);
  assert.deepEqual(Buffer.from(await whole.read(149_990, 20)), bytes.subarray(149_990, 150_010));
  await file.close();
});
