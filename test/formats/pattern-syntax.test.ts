/** The PRONOM pattern syntax of both signature files, read into elements. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePattern, PatternSyntaxError } from '../../src/core/formats/pronom/pattern-syntax.ts';
import type { Element, Unit } from '../../src/core/formats/pronom/signature-model.ts';

/** The byte values a one-byte class accepts. */
function accepted(u: Unit | undefined): number[] {
  assert.ok(u && u.kind === 'class');
  return [...u.table].flatMap((v, b) => (v ? [b] : []));
}

function units(e: Element | undefined): readonly Unit[] {
  assert.ok(e && e.kind === 'units');
  return e.units;
}

test('hex bytes, upper or lower case, with or without spaces', () => {
  const [[e]] = parsePattern('4d5A 00 ff') as [[Element]];
  const [u] = units(e);
  assert.deepEqual(u, { kind: 'literal', bytes: Uint8Array.from([0x4d, 0x5a, 0x00, 0xff]) });
});

test("quoted text is its bytes, next to hex: 10 00 00 00 'Word.Document.' ['6'-'7'] 00", () => {
  const [[e]] = parsePattern("10 00 00 00 'Word.Document.' ['6'-'7'] 00") as [[Element]];
  const [a, b, c, d] = units(e);
  assert.deepEqual(a, { kind: 'literal', bytes: Uint8Array.from([0x10, 0, 0, 0]) });
  assert.deepEqual(b, { kind: 'literal', bytes: Uint8Array.from(Buffer.from('Word.Document.')) });
  assert.deepEqual(accepted(c), [0x36, 0x37]);
  assert.deepEqual(d, { kind: 'literal', bytes: Uint8Array.from([0]) });
});

test('sets: ranges, negation, bit masks, and DROID reading any set as one byte', () => {
  const one = (text: string) => accepted(units((parsePattern(text)[0] as Element[])[0])[0]);
  assert.deepEqual(one('[30:32]'), [0x30, 0x31, 0x32]);
  assert.equal(one('[!00]').length, 255);
  assert.ok(!one('[!00]').includes(0));
  assert.deepEqual(
    one('[&C0]'),
    [
      0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd0,
      0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xe1,
      0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf2,
      0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
    ],
  );
  assert.equal(one('[!&01]').length, 128);
  assert.ok(one('[!&01]').every((b) => (b & 1) === 0));
  // Multi-byte text inside brackets is a one-byte set in DROID (byteseek), not a sequence.
  assert.deepEqual(
    one('[0000:1000]'),
    Array.from({ length: 0x11 }, (_, i) => i),
  );
  assert.deepEqual(one('[!4001C8]').length, 253);
  assert.deepEqual(one('??').length, 256);
});

test('gaps {n} and {n-m}, alternatives (a|b), and * splitting the pattern into parts', () => {
  const parts = parsePattern("'ftyp' {0-64} ('isom'|'mp42') * 'moov' {4} 00");
  assert.equal(parts.length, 2);
  const [first, second] = parts as [Element[], Element[]];
  assert.deepEqual(first[1], { kind: 'gap', min: 0, max: 64 });
  assert.equal(first[2]?.kind, 'alt');
  assert.equal((first[2] as Extract<Element, { kind: 'alt' }>).options.length, 2);
  assert.deepEqual(second[1], { kind: 'gap', min: 4, max: 4 });
});

test('{n-*} is a minimum distance followed by anything', () => {
  const parts = parsePattern('AA {3-*} BB');
  assert.equal(parts.length, 2);
  assert.deepEqual(parts[1]?.[0], { kind: 'gap', min: 3, max: 3 });
});

test('malformed patterns are refused with a PatternSyntaxError', () => {
  for (const bad of ['4', 'ZZ', "'open", '[30:', '(AA|BB', '{5', '{5-3}', '(AA*BB)']) {
    assert.throws(() => parsePattern(bad), PatternSyntaxError, bad);
  }
});
