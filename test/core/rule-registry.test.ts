/**
 * Every requirement of every profile has exactly one rule, at least one passing and one failing
 * case (or a documented reason why it cannot fail), and a rule exists only for a known requirement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requirementsOf } from '../../src/core/validation/profile-requirements.ts';
import { PROFILES, PROFILE_IDS } from '../../src/core/validation/profiles.ts';
import { ALL_RULES, RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
import { readFileSync } from 'node:fs';
import { ERMS_CASES } from '../erms/erms-cases.ts';
import { FGS1_CASES } from './fgs1/all-cases.ts';
import { ALL_CASES, NO_FAIL } from './rules/all-cases.ts';

const allRequirementIds = new Set(PROFILE_IDS.flatMap((p) => requirementsOf(PROFILES[p]).map((r) => r.id)));

test('rule IDs are unique', () => {
  assert.equal(RULES_BY_ID.size, ALL_RULES.length);
});

test('every requirement of every profile has a rule', () => {
  const missing = [...allRequirementIds].filter((id) => !RULES_BY_ID.has(id));
  assert.deepEqual(missing, []);
});

test('every rule checks a requirement some profile lists', () => {
  const orphans = ALL_RULES.map((r) => r.id).filter((id) => !allRequirementIds.has(id));
  assert.deepEqual(orphans, []);
});

/**
 * Requirements whose rules need contexts the fixture package cannot produce by itself (results of
 * format identification, inspection, scanning): their pass and fail cases are in a dedicated test
 * file, which must name each ID.
 */
const DEDICATED_TESTS: readonly { readonly file: string; readonly ids: RegExp }[] = [
  { file: 'test/core/content-rules.test.ts', ids: /^SAMARKIV-(FMT|NAME|ENC|PDF|VIR)-\d+$/ },
];

test('requirements tested in dedicated files are named there', () => {
  for (const { file, ids } of DEDICATED_TESTS) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const id of [...allRequirementIds].filter((i) => ids.test(i)))
      assert.ok(text.includes(`'${id}'`), `${file} tests ${id}`);
  }
});

test('every requirement has a passing case and a failing case (or a reason it cannot fail)', () => {
  const noFail = new Set(NO_FAIL.map((n) => n.id));
  const problems: string[] = [];
  for (const id of allRequirementIds) {
    if (DEDICATED_TESTS.some((d) => d.ids.test(id))) continue;
    // FGS 1.x and CITS ERMS cases build their own fixtures and run in their own test files.
    const cases = [...ALL_CASES, ...FGS1_CASES, ...ERMS_CASES].filter((c) => c.id === id);
    if (!cases.some((c) => c.expect === 'passed' || (noFail.has(id) && c.expect === 'not-applicable')))
      problems.push(`${id}: no passing case`);
    if (!noFail.has(id) && !cases.some((c) => c.expect === 'failed')) problems.push(`${id}: no failing case`);
  }
  assert.deepEqual(problems, []);
});

test('case names say what they prove', () => {
  for (const c of ALL_CASES) assert.match(c.name, /^(pass|fail|na)-[a-z0-9-]+$/, `${c.id}: ${c.name}`);
});
