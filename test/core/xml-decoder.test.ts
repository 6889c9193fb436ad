/**
 * The UTF-8 fast path of the XML decoder must decode exactly what a fatal, streaming TextDecoder
 * decodes, however the bytes are split into chunks, and fail where it fails.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isArchiveError } from '../../src/core/errors.ts';
import { createXmlDecoder } from '../../src/core/package/xml-decoder.ts';

const enc = new TextEncoder();

/** Decodes `bytes` split at `cuts`; the thrown error's code, or the text. */
function decodeSplit(bytes: Uint8Array, cuts: readonly number[]): string {
  const d = createXmlDecoder();
  let out = '';
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += d.decode(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  out += d.decode(bytes.subarray(at));
  return out + d.flush();
}

function reference(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function outcome(bytes: Uint8Array, cuts: readonly number[]): string | null {
  try {
    return decodeSplit(bytes, cuts);
  } catch (e) {
    assert.ok(isArchiveError(e) && e.code === 'ARC_ERR_XML_MALFORMED', String(e));
    return null;
  }
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n<a>';

test('UTF-8: any text split anywhere decodes as TextDecoder decodes it', () => {
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.nat(1200), { maxLength: 12 }),
      (bom, text, cuts) => {
        const body = enc.encode(`${PROLOG}${text.repeat(3)}åäö€😀</a>`);
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
        assert.equal(outcome(bytes, cuts), reference(bytes));
      },
    ),
    { numRuns: 300 },
  );
});

test('UTF-8: invalid and truncated byte sequences fail, wherever the chunks are cut', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 8 }),
      fc.nat(400),
      fc.array(fc.nat(700), { maxLength: 8 }),
      (junk, at, cuts) => {
        const head = enc.encode(`${PROLOG}${'x'.repeat(300)}`);
        const pos = Math.min(at, 100);
        const bytes = new Uint8Array([
          ...head.subarray(0, head.length - pos),
          ...junk,
          ...head.subarray(head.length - pos),
        ]);
        assert.equal(outcome(bytes, cuts), reference(bytes));
      },
    ),
    { numRuns: 500 },
  );
  // A stream that ends inside a sequence.
  const cut = enc.encode(`${PROLOG}${'y'.repeat(300)}ö`).slice(0, -1);
  assert.equal(outcome(cut, [200]), null);
});

test('UTF-8: a caller may read each chunk into the same Buffer again', () => {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<a>${'Ärende för Malmö stad – åtgärd. '.repeat(400)}</a>`;
  const bytes = Buffer.from(text, 'utf8');
  const reused = Buffer.alloc(97); // an odd size: chunks end inside two- and three-byte sequences
  const d = createXmlDecoder();
  let out = '';
  for (let at = 0; at < bytes.length; at += reused.length) {
    const n = bytes.copy(reused, 0, at, at + reused.length);
    out += d.decode(reused.subarray(0, n));
    reused.fill(0xff); // what the next read would overwrite
  }
  assert.equal(out + d.flush(), text);
});
