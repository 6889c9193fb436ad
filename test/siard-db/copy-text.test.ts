/**
 * PostgreSQL COPY text decoding (src/core/siard-export/copy-text.ts): every escape COPY writes,
 * the octal and hex forms it accepts, NULL, bytea hex, and refusal of a row of the wrong width.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCopyText, unescapeCopyField } from '../../src/core/siard-export/copy-text.ts';

test('COPY escapes decode to the characters they stand for', () => {
  assert.equal(unescapeCopyField('plain åäö'), 'plain åäö');
  assert.equal(unescapeCopyField('a\\tb\\nc\\rd\\\\e'), 'a\tb\nc\rd\\e');
  assert.equal(unescapeCopyField('\\b\\f\\v'), '\b\f\v');
  assert.equal(unescapeCopyField('\\101\\7x\\x41\\x4z'), 'A\u0007xA\u0004z');
  assert.equal(unescapeCopyField('\\N\\q'), 'Nq');
  assert.equal(unescapeCopyField('trailing\\'), 'trailing\\');
});

test('COPY lines split into cells: \\N is NULL, bytea becomes bytes, widths are checked', () => {
  const rows = parseCopyText('1\t\\N\t\\\\x00ff\ttab\\there\n2\t\t\\\\x\t\\N\n', 4, [
    false,
    false,
    true,
    false,
  ]);
  assert.deepEqual(rows[0], ['1', null, Buffer.from([0, 255]), 'tab\there']);
  assert.deepEqual(rows[1], ['2', '', Buffer.alloc(0), null]);
  assert.throws(() => parseCopyText('1\t2\n', 3, [false, false, false]), /2 fields, expected 3/);
});
