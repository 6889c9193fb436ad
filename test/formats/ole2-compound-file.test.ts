/** The OLE2 compound file reader, on files written by the test writer and on damaged ones. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompoundFile, ole2ContainerEntries } from '../../src/core/formats/pronom/ole2-compound-file.ts';
import type { RandomAccessFile } from '../../src/ports/format-identifier.ts';
import { buildCompoundFile } from './samples/ole2-writer.ts';

function memory(bytes: Uint8Array): RandomAccessFile {
  return { size: bytes.length, read: async (o, l) => bytes.subarray(o, o + l), close: async () => {} };
}

const pattern = (n: number, seed: number): Buffer =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff));

test('lists storages and streams with paths, trimming the control-character prefixes as DROID does', async () => {
  const file = buildCompoundFile([
    { path: '\x05SummaryInformation', data: pattern(200, 1) },
    { path: 'Storage/Inner/Deep', data: pattern(10, 2) },
    { path: 'Big', data: pattern(9000, 3) },
  ]);
  const cf = await CompoundFile.open(memory(file));
  assert.deepEqual([...cf.entries.keys()].sort(), [
    'Big',
    'Storage',
    'Storage/Inner',
    'Storage/Inner/Deep',
    'SummaryInformation',
  ]);
  assert.equal(cf.entries.get('Storage')?.kind, 'storage');
});

test('reads small streams from the mini stream and large ones from sectors, at any offset', async () => {
  const small = pattern(3000, 7);
  const large = pattern(70_000, 9);
  const cf = await CompoundFile.open(
    memory(
      buildCompoundFile([
        { path: 'S', data: small },
        { path: 'L', data: large },
      ]),
    ),
  );
  const s = cf.entries.get('S');
  const l = cf.entries.get('L');
  assert.ok(s && l);
  assert.deepEqual(Buffer.from(await cf.read(s, 0, 5000)), small);
  assert.deepEqual(Buffer.from(await cf.read(s, 1000, 100)), small.subarray(1000, 1100));
  assert.deepEqual(Buffer.from(await cf.read(l, 65_000, 10_000)), large.subarray(65_000));
  const entries = await ole2ContainerEntries(memory(buildCompoundFile([{ path: 'L', data: large }])));
  const sample = await entries.sample('L', 1024, 512);
  assert.deepEqual(Buffer.from(sample?.head ?? []), large.subarray(0, 1024));
  assert.deepEqual(Buffer.from(sample?.tail ?? []), large.subarray(large.length - 512));
  assert.equal(sample?.size, large.length);
});

test('a file that is not OLE2, or is truncated, is an Error; a FAT loop ends instead of hanging', async () => {
  await assert.rejects(
    CompoundFile.open(memory(Buffer.from('PK\x03\x04 not ole2'))),
    /not an OLE2 compound file/,
  );
  const file = buildCompoundFile([{ path: 'Big', data: pattern(9000, 3) }]);
  await assert.rejects(CompoundFile.open(memory(file.subarray(0, 700))), /beyond the end|shorter/);
  // Point the first FAT entry of the directory chain at itself.
  const looped = Buffer.from(file);
  const dirStart = looped.readUInt32LE(0x30);
  looped.writeUInt32LE(dirStart, 512 + dirStart * 4);
  await assert.rejects(CompoundFile.open(memory(looped)), /loop/);
});
