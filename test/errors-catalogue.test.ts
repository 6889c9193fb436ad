/**
 * Keeps src/core/errors.ts and docs/errors.md in sync in both directions (as Fastify does):
 * every code has a heading with cause and fix, every documented code exists, keys equal codes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ArchiveError, ERRORS, RETIRED_CODES, type ErrorCode } from '../src/core/errors.ts';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const codes = Object.keys(ERRORS) as ErrorCode[];

test('every catalogue key equals its code and follows ARC_ERR_<AREA>_<WHAT>', () => {
  for (const code of codes) {
    assert.equal(ERRORS[code].code, code);
    assert.match(code, /^ARC_ERR_[A-Z0-9]+(_[A-Z0-9]+)*$/);
    assert.ok(ERRORS[code].en.length > 0 && ERRORS[code].sv.length > 0, `${code} has en and sv messages`);
    assert.equal(
      (ERRORS[code].en.match(/%s/g) ?? []).length,
      (ERRORS[code].sv.match(/%s/g) ?? []).length,
      `${code}: en and sv take the same arguments`,
    );
    assert.ok([1, 2].includes(ERRORS[code].exitCode));
  }
});

test('no retired code is in use', () => {
  for (const code of RETIRED_CODES) assert.ok(!(code in ERRORS), `${code} is retired`);
});

test('docs/errors.md documents every code with a heading, a cause and a fix', () => {
  for (const code of codes) {
    const heading = new RegExp(`^### ${code}$`, 'm');
    assert.match(doc, heading, `docs/errors.md has a heading for ${code}`);
    const section = doc.split(heading)[1]?.split(/^### /m)[0] ?? '';
    assert.match(section, /\*\*Cause\*\*/, `${code} section names the cause`);
    assert.match(section, /\*\*Fix\*\*/, `${code} section names the fix`);
    assert.match(
      doc,
      new RegExp(`\\[${code}\\]\\(#${code.toLowerCase()}\\)`),
      `${code} is in the table of contents`,
    );
  }
});

test('docs/errors.md documents no code that does not exist', () => {
  const documented = new Set(doc.match(/ARC_ERR_[A-Z0-9_]+/g) ?? []);
  for (const code of documented) assert.ok(code in ERRORS, `${code} is documented but not in the catalogue`);
});

test('an ArchiveError fills its message in both languages', () => {
  const e = new ArchiveError('ARC_ERR_PKG_TOO_MANY_ENTRIES', [70000, 65535]);
  assert.equal(e.message, 'Too many entries: 70000 (limit 65535)');
  assert.equal(e.localized('sv'), 'För många poster: 70000 (gräns 65535)');
  assert.equal(e.exitCode, 1);
  assert.equal(e.httpStatus, 413);
});
