/** The lexical checks every rule area shares (src/core/validation/rules/shared/xsd-datatypes.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isMediaType,
  isNCName,
  isXsDateTime,
  parseSize,
} from '../../../src/core/validation/rules/shared/xsd-datatypes.ts';

test('xs:dateTime: lexical form and field ranges; whitespace collapsed as the schema does', () => {
  for (const ok of [
    '2026-11-20T10:00:00+01:00',
    '2026-11-20T10:00:00Z',
    '2026-11-20T10:00:00.5',
    '2024-02-29T00:00:00',
    '2026-11-20T24:00:00',
    '2026-11-20T10:00:00-14:00',
    ' 2026-11-20T10:00:00Z ',
  ])
    assert.equal(isXsDateTime(ok), true, ok);
  for (const bad of [
    '2026-11-20',
    '2026-02-30T10:00:00',
    '2025-02-29T10:00:00',
    '0000-01-01T00:00:00',
    '02026-01-01T00:00:00',
    '2026-11-20T24:00:01',
    '2026-11-20T10:00:00+14:30',
    '2026-11-20T10:60:00',
    '2026-11-20 10:00:00',
  ])
    assert.equal(isXsDateTime(bad), false, bad);
});

test('SIZE: a non-negative xs:long', () => {
  assert.equal(parseSize('42'), 42n);
  assert.equal(parseSize(' +42 '), 42n);
  assert.equal(parseSize('9223372036854775807'), 9223372036854775807n);
  for (const bad of ['-1', '-0', '1.0', '1 kB', '', '9223372036854775808'])
    assert.equal(parseSize(bad), null, bad);
});

test('xs:ID: an NCName by the XML 1.0 name tables', () => {
  for (const ok of ['dmd-ead', '_1', 'é.a', 'a\u203fb', 'uuid-3f1a']) assert.equal(isNCName(ok), true, ok);
  for (const bad of ['1-dmd', '-a', 'premis:1', 'a b', '', '\u00d7a'])
    assert.equal(isNCName(bad), false, bad);
});

test('MIMETYPE: type/subtype with optional parameters, taken as written', () => {
  for (const ok of [
    'text/xml',
    'application/xml; charset=UTF-8',
    'application/vnd.a+xml',
    'text/plain;a="b c"',
  ])
    assert.equal(isMediaType(ok), true, ok);
  for (const bad of ['xml', 'text/', ' text/xml', 'text/x y', 'text/xml;'])
    assert.equal(isMediaType(bad), false, bad);
});
