/**
 * DROID's matching semantics on small signatures: BOF/EOF/variable anchoring, offset windows,
 * fragments on both sides of the anchor, subsequences, and the 64 KiB scan window.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSequence, sequenceMatches } from '../../src/core/formats/pronom/byte-sequence-matcher.ts';
import { bofSignature, droidXml, parseDroid, whole } from './support/mini-signatures.ts';

type Sample = { head: Uint8Array; tail: Uint8Array; size: number };

function matcher(signatureXml: string): (sample: Sample) => boolean {
  const [sig] = parseDroid(
    droidXml(signatureXml, [{ id: 1, puid: 'x/1', name: 'x', signatureIds: [1] }]),
  ).signatures;
  assert.ok(sig, 'the signature parses');
  const seqs = sig.sequences.map((s) => compileSequence(s));
  return (sample) => seqs.every((s) => sequenceMatches(s, sample));
}

const bytes = (...parts: (string | number[] | Buffer)[]): Buffer =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p as number[]))),
  );

test('a BOF sequence matches at its offset and only there', () => {
  const m = matcher(bofSignature(1, '474946', 2));
  assert.equal(m(whole(bytes('..GIF89a'))), true);
  assert.equal(m(whole(bytes('GIF89a'))), false);
  assert.equal(m(whole(bytes('...GIF89a'))), false);
});

test('a BOF window [min, max] allows every start inside it', () => {
  const m = matcher(bofSignature(1, '3C3F786D6C', 0, 3));
  assert.equal(m(whole('\ufeff<?xml'.replace('\ufeff', '\xef\xbb\xbf'))), true);
  assert.equal(m(whole('    <?xml')), false);
});

test('EOF sequences are anchored to the end, within their window', () => {
  const sig =
    '<InternalSignature ID="1"><ByteSequence Reference="EOFoffset"><SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="4">' +
    '<Sequence>2525454F46</Sequence></SubSequence></ByteSequence></InternalSignature>';
  const m = matcher(sig);
  assert.equal(m(whole('%PDF...%%EOF')), true);
  assert.equal(m(whole('%PDF...%%EOF\r\n')), true);
  assert.equal(m(whole('%PDF...%%EOF\r\n\r\n\r\n')), false);
});

test('left and right fragments with gaps and alternatives around the anchor', () => {
  // JFIF: FF D8 FF E0 {2} 'JFIF' 00 01 (00|01|02), the shape of DROID signature 67.
  const sig =
    '<InternalSignature ID="1"><ByteSequence Reference="BOFoffset"><SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0">' +
    '<Sequence>4A464946000101</Sequence><LeftFragment MaxOffset="2" MinOffset="2" Position="1">FFD8FFE0</LeftFragment>' +
    '<RightFragment MaxOffset="0" MinOffset="0" Position="1">00</RightFragment><RightFragment MaxOffset="0" MinOffset="0" Position="1">01</RightFragment>' +
    '</SubSequence></ByteSequence></InternalSignature>';
  const m = matcher(sig);
  assert.equal(m(whole(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0]))), true);
  assert.equal(m(whole(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 7]))), false);
  assert.equal(m(whole(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 16], 'JFIF', [0, 1, 1, 0]))), false);
});

test('variable gaps in fragments: a right fragment anywhere within 1–4 bytes', () => {
  const sig =
    '<InternalSignature ID="1"><ByteSequence Reference="BOFoffset"><SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0">' +
    '<Sequence>4142</Sequence><RightFragment MaxOffset="4" MinOffset="1" Position="1">5A</RightFragment>' +
    '</SubSequence></ByteSequence></InternalSignature>';
  const m = matcher(sig);
  assert.equal(m(whole('AB.Z')), true);
  assert.equal(m(whole('AB....Z')), true);
  assert.equal(m(whole('ABZ')), false);
  assert.equal(m(whole('AB.....Z')), false);
});

test('subsequences follow one another; only the first is bound to its window', () => {
  const sig =
    '<InternalSignature ID="1"><ByteSequence Reference="BOFoffset">' +
    '<SubSequence Position="1" SubSeqMinOffset="0" SubSeqMaxOffset="0"><Sequence>504B0304</Sequence></SubSequence>' +
    '<SubSequence Position="2" SubSeqMinOffset="4" SubSeqMaxOffset="4"><Sequence>6D696D65</Sequence></SubSequence>' +
    '</ByteSequence></InternalSignature>';
  const m = matcher(sig);
  assert.equal(m(whole(bytes('PK\x03\x04', '....', 'mime'))), true);
  assert.equal(
    m(whole(bytes('PK\x03\x04', '........................', 'mime'))),
    true,
    'max offset of later subsequences is not a bound',
  );
  assert.equal(m(whole(bytes('PK\x03\x04', '..', 'mime'))), false, 'min offset still is');
  assert.equal(m(whole(bytes('mime', 'PK\x03\x04'))), false, 'order matters');
});

test('EOF subsequences are matched backwards from the end', () => {
  const sig =
    '<InternalSignature ID="1"><ByteSequence Reference="EOFoffset">' +
    '<SubSequence Position="1" SubSeqMinOffset="0"><Sequence>504B0102</Sequence></SubSequence>' +
    '<SubSequence Position="2" SubSeqMinOffset="18" SubSeqMaxOffset="18"><Sequence>504B0506</Sequence></SubSequence>' +
    '</ByteSequence></InternalSignature>';
  const m = matcher(sig);
  const eocd = bytes('PK\x05\x06', Array(18).fill(0));
  assert.equal(m(whole(bytes('PK\x03\x04....PK\x01\x02....', eocd))), true);
  assert.equal(m(whole(bytes('PK\x03\x04....', eocd))), false);
  assert.equal(m(whole(bytes('PK\x01\x02', eocd, 'x'))), false);
});

test('variable sequences are searched in the head window only (DROID scans 64 KiB)', () => {
  const sig =
    '<InternalSignature ID="1"><ByteSequence><SubSequence Position="1" SubSeqMinOffset="0"><Sequence>4D41524B</Sequence></SubSequence></ByteSequence></InternalSignature>';
  const m = matcher(sig);
  const near = Buffer.alloc(70_000, 0x20);
  near.write('MARK', 60_000, 'latin1');
  const far = Buffer.alloc(70_000, 0x20);
  far.write('MARK', 66_000, 'latin1');
  const sampleOf = (b: Buffer): Sample => ({
    head: b.subarray(0, 65536),
    tail: b.subarray(b.length - 65536),
    size: b.length,
  });
  assert.equal(m(sampleOf(near)), true);
  assert.equal(m(sampleOf(far)), false);
});

test('an unreadable pattern makes DROID skip the signature, not the file', () => {
  const bad = bofSignature(1, 'ZZ');
  const file = parseDroid(
    droidXml(`${bad}${bofSignature(2, '4142')}`, [{ id: 1, puid: 'x/1', name: 'x', signatureIds: [1, 2] }]),
  );
  assert.deepEqual(
    file.signatures.map((s) => s.id),
    [2],
  );
});
