/** Runs every rule case of test/core/rules/*.cases.ts against its rule. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
import { fixtureContext, outcomeOf } from '../support/check-rule.ts';
import { ALL_CASES } from './rules/all-cases.ts';

for (const c of ALL_CASES) {
  test(`${c.id} ${c.profile} ${c.name}`, async () => {
    const rule = RULES_BY_ID.get(c.id);
    assert.ok(rule, `no rule registered for ${c.id}`);
    const ctx = await fixtureContext({ profile: c.profile, ...c.fixture });
    const result = rule.check(ctx);
    const outcome = outcomeOf(result);
    assert.equal(
      outcome,
      c.expect,
      `${c.id} ${c.name}: expected ${c.expect}, got ${outcome}: ${JSON.stringify(result).slice(0, 400)}`,
    );
    if (outcome === 'failed') {
      for (const f of result as readonly {
        message: { en: string; sv: string };
        location: { file: string };
      }[]) {
        assert.ok(
          f.message.en.length > 0 && f.message.sv.length > 0,
          'findings carry an English and a Swedish message',
        );
        assert.equal(typeof f.location.file, 'string');
      }
    }
  });
}
