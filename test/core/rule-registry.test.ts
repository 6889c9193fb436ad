/**
 * Every requirement of every profile has exactly one rule, at least one passing and one failing
 * case (or a documented reason why it cannot fail), and a rule exists only for a known requirement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requirementsOf } from '../../src/core/validation/profile-requirements.ts';
import { PROFILES, PROFILE_IDS } from '../../src/core/validation/profiles.ts';
import { ALL_RULES, RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
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

test('every requirement has a passing case and a failing case (or a reason it cannot fail)', () => {
  const noFail = new Set(NO_FAIL.map((n) => n.id));
  const problems: string[] = [];
  for (const id of allRequirementIds) {
    // FGS 1.x cases build their own fixture and run in fgs1/fgs1-rules.test.ts.
    const cases = [...ALL_CASES, ...FGS1_CASES].filter((c) => c.id === id);
    if (!cases.some((c) => c.expect === 'passed' || (noFail.has(id) && c.expect === 'not-applicable')))
      problems.push(`${id}: no passing case`);
    if (!noFail.has(id) && !cases.some((c) => c.expect === 'failed')) problems.push(`${id}: no failing case`);
  }
  assert.deepEqual(problems, []);
});

test('case names say what they prove', () => {
  for (const c of ALL_CASES) assert.match(c.name, /^(pass|fail|na)-[a-z0-9-]+$/, `${c.id}: ${c.name}`);
});
