/**
 * Runs every FGS1 rule case through the real pipeline (gatherContext over an in-memory 1.x package)
 * and checks the FGS1 catalogue: one rule per requirement, a passing and a failing case for each,
 * findings in English and Swedish with a location.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FGS1_REQUIREMENTS } from '../../../src/core/fgs1/requirements/index.ts';
import type { Finding } from '../../../src/core/validation/rule.ts';
import { FGS1_RULES } from '../../../src/core/validation/rules/fgs1/index.ts';
import { RULES_BY_ID } from '../../../src/core/validation/rules/index.ts';
import { outcomeOf } from '../../support/check-rule.ts';
import { FGS1_CASES } from './all-cases.ts';
import { fgs1Context } from './fixture.ts';

const ids = FGS1_REQUIREMENTS.map((r) => r.id);

test('FGS1 requirement IDs are unique, well-formed and documented in both languages', () => {
  assert.equal(new Set(ids).size, ids.length);
  for (const r of FGS1_REQUIREMENTS) {
    assert.match(r.id, /^FGS1-[A-Z]+-\d+$/);
    assert.ok(r.title.en && r.title.sv && r.text.includes('standards.md §7.2'), r.id);
  }
});

test('docs/fgs1.md lists every FGS1 requirement with its level', () => {
  const doc = readFileSync(new URL('../../../docs/fgs1.md', import.meta.url), 'utf8');
  for (const r of FGS1_REQUIREMENTS) {
    assert.match(doc, new RegExp(`^\\| ${r.id} +\\| ${r.level} +\\|`, 'm'), r.id);
  }
});

test('every FGS1 requirement has exactly one registered rule, and every FGS1 rule a requirement', () => {
  assert.deepEqual(
    FGS1_RULES.map((r) => r.id),
    ids,
  );
  for (const id of ids)
    assert.equal(
      RULES_BY_ID.get(id),
      FGS1_RULES.find((r) => r.id === id),
      id,
    );
});

test('every FGS1 requirement has a passing and a failing case, and case names say what they prove', () => {
  const problems: string[] = [];
  for (const id of ids) {
    const cases = FGS1_CASES.filter((c) => c.id === id);
    if (!cases.some((c) => c.expect === 'passed')) problems.push(`${id}: no passing case`);
    if (!cases.some((c) => c.expect === 'failed')) problems.push(`${id}: no failing case`);
  }
  for (const c of FGS1_CASES) {
    if (!ids.includes(c.id)) problems.push(`${c.id}: case for an unknown requirement`);
    if (
      !/^(pass|fail|na)-[a-z0-9-]+$/.test(c.name) ||
      !c.name.startsWith(c.expect === 'not-applicable' ? 'na' : c.expect.slice(0, 4))
    ) {
      problems.push(`${c.id} ${c.name}: name does not match ${c.expect}`);
    }
  }
  assert.deepEqual(problems, []);
});

for (const c of FGS1_CASES) {
  test(`${c.id} ${c.name}`, async () => {
    const rule = RULES_BY_ID.get(c.id);
    assert.ok(rule, `no rule for ${c.id}`);
    const result = rule.check(await fgs1Context(c.fixture));
    const outcome = outcomeOf(result);
    assert.equal(
      outcome,
      c.expect,
      `${c.id} ${c.name}: got ${outcome}: ${JSON.stringify(result).slice(0, 600)}`,
    );
    if (outcome !== 'failed') return;
    for (const f of result as readonly Finding[]) {
      assert.ok(f.message.en && f.message.sv, 'findings carry an English and a Swedish message');
      assert.ok(f.location.file, 'findings name a file');
    }
  });
}
