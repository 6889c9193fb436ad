/** Runs every SAMARKIV-ERMS case (erms-cases.ts) through the real pipeline with the ERMS analyzer. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERMS_REQUIREMENTS } from '../../src/core/validation/erms-requirements.ts';
import type { Finding } from '../../src/core/validation/rule.ts';
import { ERMS_RULES } from '../../src/core/validation/rules/erms/index.ts';
import { outcomeOf } from '../support/check-rule.ts';
import { ERMS_CASES } from './erms-cases.ts';
import { ermsContext } from './erms-package.ts';

test('every ERMS requirement has one rule, and a passing, a failing and a not-applicable case', () => {
  const ids = ERMS_REQUIREMENTS.map((r) => r.id);
  assert.deepEqual(
    ERMS_RULES.map((r) => r.id),
    ids,
  );
  for (const id of ids) {
    for (const expect of ['passed', 'failed', 'not-applicable'])
      assert.ok(
        ERMS_CASES.some((c) => c.id === id && c.expect === expect),
        `${id}: no ${expect} case`,
      );
  }
  for (const c of ERMS_CASES) assert.match(c.name, /^(pass|fail|na)-[a-z0-9-]+$/, `${c.id}: ${c.name}`);
});

for (const c of ERMS_CASES) {
  test(`${c.id} ${c.name}`, async () => {
    const rule = ERMS_RULES.find((r) => r.id === c.id);
    assert.ok(rule, c.id);
    const result = rule.check(await ermsContext(c.fixture, { schemaValidation: true }));
    assert.equal(outcomeOf(result), c.expect, JSON.stringify(result).slice(0, 400));
    if (c.expect !== 'failed') return;
    for (const f of result as readonly Finding[]) {
      assert.ok(
        f.message.en && f.message.sv && f.message.en !== f.message.sv,
        'English and Swedish messages',
      );
      assert.ok(f.location.file, 'a location');
    }
  });
}
