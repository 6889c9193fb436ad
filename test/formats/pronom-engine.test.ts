/**
 * DROID's identification algorithm on small signature files: priorities, candidates, extension
 * matching only when no signature matched, containers replacing binary results.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContainerEntries } from '../../src/core/formats/pronom/container-matcher.ts';
import { PronomEngine } from '../../src/core/formats/pronom/pronom-engine.ts';
import {
  bofSignature,
  containerXml,
  droidXml,
  parseContainers,
  parseDroid,
  whole,
} from './support/mini-signatures.ts';

const signatures = [
  bofSignature(1, '4142'), // AB
  bofSignature(2, '414243'), // ABC
  bofSignature(3, '5858'), // XX
  bofSignature(4, '58'), // X
  bofSignature(5, '504B0304'), // PK\3\4
  bofSignature(6, '5A5A'), // ZZ
].join('\n');

const formats = [
  { id: 10, puid: 'test/ab', name: 'AB file', extensions: ['ab'], signatureIds: [1] },
  { id: 11, puid: 'test/abc', name: 'ABC file', extensions: ['abc'], signatureIds: [2], priorityOver: [10] },
  { id: 12, puid: 'test/xx', name: 'XX file', extensions: ['xx'], signatureIds: [3] },
  { id: 13, puid: 'test/x', name: 'X file', extensions: ['x'], signatureIds: [4] },
  { id: 14, puid: 'test/zip', name: 'ZIP', extensions: ['zip'], signatureIds: [5] },
  { id: 15, puid: 'test/odx', name: 'ODX document', extensions: ['odx'], signatureIds: [5] },
  { id: 16, puid: 'test/zz', name: 'ZZ file', extensions: ['zz'], signatureIds: [6] },
  { id: 17, puid: 'test/txt', name: 'Text', extensions: ['txt', 'text'] },
  { id: 18, puid: 'test/log', name: 'Log', extensions: ['txt'] },
];

const containers = containerXml(
  '<ContainerSignature Id="100" ContainerType="ZIP"><Description>ODX</Description><Files><File><Path>mimetype</Path>' +
    '<BinarySignatures><InternalSignatureCollection><InternalSignature ID="100"><ByteSequence Reference="BOFoffset">' +
    '<SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0"><Sequence>\'application/odx\'</Sequence></SubSequence>' +
    '</ByteSequence></InternalSignature></InternalSignatureCollection></BinarySignatures></File></Files></ContainerSignature>',
  [[100, 'test/odx']],
  [['ZIP', 'test/zip']],
);

const engine = new PronomEngine(parseDroid(droidXml(signatures, formats)), parseContainers(containers));

function zipWith(entries: Record<string, string>): () => Promise<ContainerEntries> {
  return async () => ({
    has: (path) => path in entries,
    sample: async (path) => (path in entries ? whole(entries[path] as string) : null),
  });
}

test('a format with priority over another removes it (HasPriorityOverFileFormatID)', async () => {
  const r = await engine.identify('a.abc', whole('ABCD'));
  assert.equal(r.puid, 'test/abc');
  assert.equal(r.method, 'signature');
  assert.deepEqual(r.candidates, []);
  assert.equal(r.warning, null);
});

test('without a priority, every match is a candidate; the extension only picks which is named', async () => {
  const r = await engine.identify('b.x', whole('XXY'));
  assert.deepEqual(new Set(r.candidates), new Set(['test/xx', 'test/x']));
  assert.equal(r.puid, 'test/x');
  assert.equal(r.candidates[0], 'test/x');
  assert.match(r.warning ?? '', /2 formats match/);
  const other = await engine.identify('b.xx', whole('XXY'));
  assert.equal(other.puid, 'test/xx');
  assert.equal(other.candidates.length, 2, 'the extension never removes a candidate');
});

test('an extension that fits no identified format is reported as a mismatch', async () => {
  const r = await engine.identify('protokoll.txt', whole('ABCD'));
  assert.equal(r.puid, 'test/abc', 'a signature match wins over the extension');
  assert.match(r.warning ?? '', /extension \.txt does not match the format \(expected \.abc\)/);
});

test('the extension is used only when no signature matched, and only for formats without signatures', async () => {
  const byName = await engine.identify('notes.TEXT', whole('hello'));
  assert.equal(byName.puid, 'test/txt');
  assert.equal(byName.method, 'extension');
  const two = await engine.identify('notes.txt', whole('hello'));
  assert.equal(two.method, 'extension');
  assert.deepEqual(new Set(two.candidates), new Set(['test/txt', 'test/log']));
  const signed = await engine.identify('a.zz', whole('hello'));
  assert.equal(signed.puid, null, 'test/zz has a signature, so its extension alone proves nothing');
  assert.equal(signed.method, 'none');
});

test('nothing matched and no usable extension: puid null, method none', async () => {
  const r = await engine.identify('data.bin', whole(''));
  assert.deepEqual(r, {
    puid: null,
    formatName: null,
    formatVersion: null,
    mimeType: null,
    method: 'none',
    candidates: [],
    warning: null,
  });
});

test('a container trigger opens the container; a container match replaces the binary result', async () => {
  const r = await engine.identify(
    'a.odx',
    whole('PK\x03\x04....'),
    zipWith({ mimetype: 'application/odx', 'content.xml': '<x/>' }),
  );
  assert.equal(r.puid, 'test/odx');
  assert.equal(r.method, 'container');
  assert.equal(r.formatName, 'ODX document');
});

test('formats with container signatures lose their binary signatures, as in DROID', async () => {
  const r = await engine.identify('a.odx', whole('PK\x03\x04....'));
  assert.equal(r.puid, 'test/zip');
  assert.deepEqual(
    r.candidates,
    [],
    'test/odx shares the PK signature but is found through its container only',
  );
  assert.match(r.warning ?? '', /ZIP container not opened/);
});

test('a container that matches no container signature keeps the binary result', async () => {
  const r = await engine.identify('a.zip', whole('PK\x03\x04....'), zipWith({ 'readme.txt': 'hi' }));
  assert.equal(r.puid, 'test/zip');
  assert.equal(r.method, 'signature');
  assert.equal(r.warning, null);
});

test('a container that cannot be read keeps the binary result, with a note', async () => {
  const broken = async (): Promise<ContainerEntries> => {
    throw new Error('central directory missing');
  };
  const r = await engine.identify('a.zip', whole('PK\x03\x04....'), broken);
  assert.equal(r.puid, 'test/zip');
  assert.match(r.warning ?? '', /ZIP container could not be read \(central directory missing\)/);
});

test('non-container results never open the file', async () => {
  let opened = false;
  await engine.identify('a.abc', whole('ABC'), async () => {
    opened = true;
    return zipWith({})();
  });
  assert.equal(opened, false);
});
