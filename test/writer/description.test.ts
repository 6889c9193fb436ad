/** The description file schema: organisation numbers, vocabularies, defaults and error listing. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { isArchiveError, type ArchiveError } from '../../src/core/errors.ts';
import {
  normaliseOrganisationNumber,
  parseDescription,
  validateDescription,
} from '../../src/core/package/description.ts';

const EXAMPLE = new URL('../../examples/delivery.yaml', import.meta.url);

function minimal(): Record<string, unknown> {
  return {
    title: 'Bygglov',
    archivalCreator: { name: 'Byggnadsnämnden', organisationNumber: '212000-1124' },
    submitter: { name: 'Lunds kommun', organisationNumber: '2120001124' },
    sourceSystem: { name: 'W3D3', version: 6.2 },
    submissionAgreement: 'LÖ 2026-17',
    dates: { start: '2010-01-01', end: '2019-12-31' },
    contentCategory: 'Textual works – Digital',
  };
}

function invalid(data: unknown): ArchiveError {
  try {
    validateDescription(data);
  } catch (e) {
    assert.ok(isArchiveError(e));
    assert.equal(e.code, 'ARC_ERR_SIP_DESCRIPTION_INVALID');
    assert.equal(e.exitCode, 2);
    return e;
  }
  assert.fail('expected ARC_ERR_SIP_DESCRIPTION_INVALID');
}

test('organisation numbers: 10 digits with a Luhn check digit, hyphen optional', () => {
  assert.equal(normaliseOrganisationNumber('212000-1124'), '2120001124'); // Lunds kommun
  assert.equal(normaliseOrganisationNumber('2120001173'), '2120001173');
  assert.equal(normaliseOrganisationNumber('556036-0793'), '5560360793');
  for (const bad of ['212000-1125', '21200011', '212000-11245', '2120-001124', 'abcdef-1234', '']) {
    assert.equal(normaliseOrganisationNumber(bad), null, bad);
  }
});

test('the example file is valid and defaults are filled in', () => {
  const d = parseDescription(readFileSync(EXAMPLE, 'utf8'), 'delivery.yaml');
  assert.equal(d.archivalCreator.organisationNumber, '2120001124');
  assert.equal(d.contentCategory, 'Textual works – Digital');
  assert.equal(d.secrecy.applies, true);
  assert.equal(d.representation, 'rep1');

  const m = validateDescription(minimal());
  assert.equal(m.contentInformationType, 'OTHER');
  assert.equal(m.language, 'swe');
  assert.equal(m.recordStatus, 'NEW');
  assert.equal(m.sourceSystem.version, '6.2');
  assert.deepEqual(m.secrecy, { applies: false });
  assert.deepEqual(m.disposal, { applied: false });
});

test('JSON and YAML give the same description', () => {
  const data = minimal();
  assert.deepEqual(
    parseDescription(JSON.stringify(data), 'd.json'),
    parseDescription(stringify(data), 'd.yaml'),
  );
});

test('a wrong check digit is refused with the field path', () => {
  const d = minimal();
  d.archivalCreator = { name: 'X', organisationNumber: '212000-1125' };
  const e = invalid(d);
  assert.match(
    e.message,
    /archivalCreator\.organisationNumber: "212000-1125" is not a valid Swedish organisation number/,
  );
});

test('content categories come from the CSIP vocabulary; either dash is accepted', () => {
  assert.equal(
    validateDescription({ ...minimal(), contentCategory: 'Textual works - Digital' }).contentCategory,
    'Textual works – Digital',
  );
  assert.equal(
    validateDescription({ ...minimal(), contentCategory: 'databases' }).contentCategory,
    'Databases',
  );
  const e = invalid({ ...minimal(), contentCategory: 'Bygglov' });
  assert.match(e.message, /contentCategory: "Bygglov" is not a content category of the CSIP vocabulary/);
  const cit = invalid({ ...minimal(), contentInformationType: 'citscarchival_v1_0' });
  assert.match(cit.message, /contentInformationType/);
});

test('every failing field is listed, unknown keys included', () => {
  const e = invalid({
    ...minimal(),
    titel: 'misspelt',
    dates: { start: '2019-12-31', end: '2010-01-01' },
    secrecy: { applies: true },
    disposal: { applied: true },
    contact: { name: 'Anna', email: 'not-an-email' },
    representation: '../x',
  });
  for (const path of [
    'dates.end',
    'secrecy.legalReference',
    'disposal.decisionReference',
    'contact.email',
    'representation',
    '(root)',
  ]) {
    assert.ok(e.message.includes(`${path}:`), `${path} in: ${e.message}`);
  }
  assert.match(e.message, /titel/);
});

test('missing required fields and broken syntax', () => {
  const e = invalid({});
  for (const field of [
    'title',
    'archivalCreator',
    'submitter',
    'sourceSystem',
    'submissionAgreement',
    'dates',
    'contentCategory',
  ]) {
    assert.ok(e.message.includes(`${field}:`), field);
  }
  assert.throws(
    () => parseDescription('title: [unclosed', 'bad.yaml'),
    (err) =>
      isArchiveError(err) &&
      err.code === 'ARC_ERR_SIP_DESCRIPTION_INVALID' &&
      err.message.includes('bad.yaml'),
  );
  assert.throws(
    () => parseDescription('{', 'bad.json'),
    (err) => isArchiveError(err) && err.code === 'ARC_ERR_SIP_DESCRIPTION_INVALID',
  );
});
