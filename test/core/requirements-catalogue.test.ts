/**
 * The requirement catalogue against the reference counts of standards.md §3.1, §3.3 and §4, and
 * against the generator: the JSON on disk must be exactly what scripts/sync-requirements.ts writes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateRequirementFiles, OUTPUT_DIR } from '../../scripts/sync-requirements.ts';
import {
  CATALOGUE_SET_NAMES,
  loadRequirementSet,
  type CatalogueSetName,
  type Requirement,
} from '../../src/core/validation/requirements/index.ts';

function numbered(set: CatalogueSetName, prefix: string): Requirement[] {
  return loadRequirementSet(set).filter((r) => new RegExp(`^${prefix}\\d+$`).test(r.id));
}

function levelCounts(reqs: readonly Requirement[]): Record<string, number> {
  const counts: Record<string, number> = { MUST: 0, SHOULD: 0, MAY: 0 };
  for (const r of reqs) counts[r.level] = (counts[r.level] ?? 0) + 1;
  return counts;
}

function byId(set: CatalogueSetName): Map<string, Requirement> {
  return new Map(loadRequirementSet(set).map((r) => [r.id, r]));
}

/** IDs whose level differs between two versions, as "ID:old→new". */
function levelChanges(from: CatalogueSetName, to: CatalogueSetName): string[] {
  const next = byId(to);
  return loadRequirementSet(from)
    .filter((r) => next.get(r.id)?.level !== r.level)
    .map((r) => `${r.id}:${r.level}→${next.get(r.id)?.level}`);
}

describe('requirement catalogue', () => {
  it('is exactly what scripts/sync-requirements.ts generates', () => {
    const generated = generateRequirementFiles();
    assert.deepEqual([...generated.keys()].sort(), CATALOGUE_SET_NAMES.map((n) => `${n}.json`).sort());
    for (const [name, content] of generated) {
      const onDisk = readFileSync(new URL(`../../${OUTPUT_DIR}/${name}`, import.meta.url), 'utf8');
      assert.equal(onDisk, content, `${name} differs: run npm run requirements:sync`);
    }
  });

  it('CSIP 2.1.0 has 116 numbered requirements: 89 MUST, 20 SHOULD, 7 MAY', () => {
    const reqs = numbered('csip-2.1', 'CSIP');
    assert.equal(reqs.length, 116);
    assert.deepEqual(levelCounts(reqs), { MUST: 89, SHOULD: 20, MAY: 7 });
  });

  it('CSIP 2.2.0 has 116 numbered requirements: 86 MUST, 23 SHOULD, 7 MAY', () => {
    const reqs = numbered('csip-2.2', 'CSIP');
    assert.equal(reqs.length, 116);
    assert.deepEqual(levelCounts(reqs), { MUST: 86, SHOULD: 23, MAY: 7 });
  });

  it('CSIP numbers run 1–119 without 86, 87 and 115, plus REF_METS_1 and REF_METS_2', () => {
    const expected = Array.from({ length: 119 }, (_, i) => `CSIP${i + 1}`).filter(
      (id) => !['CSIP86', 'CSIP87', 'CSIP115'].includes(id),
    );
    for (const set of ['csip-2.1', 'csip-2.2'] as const) {
      const ids = loadRequirementSet(set).map((r) => r.id);
      assert.deepEqual(ids.filter((id) => id.startsWith('CSIP')).sort(), expected.sort());
      assert.deepEqual(
        ids.filter((id) => id.startsWith('REF_')),
        ['REF_METS_1', 'REF_METS_2'],
      );
    }
  });

  it('CSIP 2.1.0 → 2.2.0 changes only CSIP96, CSIP100 and CSIP104 (MUST → SHOULD)', () => {
    assert.deepEqual(levelChanges('csip-2.1', 'csip-2.2'), [
      'CSIP96:MUST→SHOULD',
      'CSIP100:MUST→SHOULD',
      'CSIP104:MUST→SHOULD',
    ]);
    const next = byId('csip-2.2');
    for (const r of loadRequirementSet('csip-2.1')) {
      assert.equal(next.get(r.id)?.xpath, r.xpath, `${r.id} xpath`);
      assert.equal(next.get(r.id)?.cardinality, r.cardinality, `${r.id} cardinality`);
    }
  });

  it('SIP 2.1.0 has 15 MUST and 20 MAY; SIP 2.2.0 18 MUST and 17 MAY', () => {
    assert.equal(numbered('sip-2.1', 'SIP').length, 35);
    assert.deepEqual(levelCounts(numbered('sip-2.1', 'SIP')), { MUST: 15, SHOULD: 0, MAY: 20 });
    assert.deepEqual(levelCounts(numbered('sip-2.2', 'SIP')), { MUST: 18, SHOULD: 0, MAY: 17 });
    assert.deepEqual(levelChanges('sip-2.1', 'sip-2.2'), [
      'SIP12:MAY→MUST',
      'SIP18:MAY→MUST',
      'SIP29:MAY→MUST',
    ]);
    for (const set of ['sip-2.1', 'sip-2.2'] as const) {
      const refs = loadRequirementSet(set).filter((r) => r.id.startsWith('REF_'));
      assert.deepEqual(
        refs.map((r) => `${r.id}:${r.level}`),
        ['REF_CSIP_1:SHOULD', 'REF_CSIP_2:SHOULD', 'REF_CSIP_3:SHOULD', 'REF_METS_1:MAY', 'REF_METS_2:MAY'],
      );
    }
  });

  it('AIP 2.2.0 has AIPM1–AIPM7: 4 MUST, 3 SHOULD', () => {
    const reqs = loadRequirementSet('aip-2.2');
    assert.deepEqual(
      reqs.map((r) => r.id),
      ['AIPM1', 'AIPM2', 'AIPM3', 'AIPM4', 'AIPM5', 'AIPM6', 'AIPM7'],
    );
    assert.deepEqual(levelCounts(reqs), { MUST: 4, SHOULD: 3, MAY: 0 });
  });

  it('CSIPSTR1–16 carry the levels of CSIP section 4.1', () => {
    const levels = loadRequirementSet('csipstr').map((r) => `${r.id}:${r.level}`);
    assert.equal(levels.length, 16);
    assert.deepEqual(
      levels.filter((l) => !l.endsWith(':SHOULD')),
      ['CSIPSTR1:MUST', 'CSIPSTR3:MAY', 'CSIPSTR4:MUST', 'CSIPSTR8:MAY', 'CSIPSTR14:MAY'],
    );
  });

  it('DIP 2.2 has DIP1–DIP3 MUST and DIP4 SHOULD', () => {
    const dip = numbered('dip-2.2', 'DIP').map((r) => `${r.id}:${r.level}`);
    assert.deepEqual(dip, ['DIP1:MUST', 'DIP2:MUST', 'DIP3:MUST', 'DIP4:SHOULD']);
  });

  it('CITS SIARD root and representation sets: SIARD_1–33 with 19a/b, 22a–c, 29a, 30a–d, 15 MUST, 17 SHOULD, 6 MAY each', () => {
    const root = loadRequirementSet('cits-siard-root');
    const rep = loadRequirementSet('cits-siard-rep');
    for (const set of [root, rep]) {
      assert.equal(set.length, 38);
      assert.deepEqual(levelCounts(set), { MUST: 15, SHOULD: 17, MAY: 6 });
      assert.ok(
        set.every((r) => r.id.startsWith('SIARD_')),
        'REF_* entries restate CSIP/SIP and are left out',
      );
    }
    const union = new Set([...root, ...rep].map((r) => r.id));
    const expected = [
      ...Array.from({ length: 33 }, (_, i) => `SIARD_${i + 1}`),
      ...['19a', '19b', '22a', '22b', '22c', '29a', '30a', '30b', '30c', '30d'].map((n) => `SIARD_${n}`),
    ];
    assert.deepEqual([...union].sort(), expected.sort());
    assert.deepEqual(
      root.filter((r) => !rep.some((x) => x.id === r.id)).map((r) => r.id),
      ['SIARD_5', 'SIARD_2', 'SIARD_3', 'SIARD_4', 'SIARD_7'],
    );
    assert.equal(
      byId('cits-siard-root').get('SIARD_4')?.level,
      'MUST',
      'MUST NOT is kept as MUST; the text says "not"',
    );
    const repLevels = byId('cits-siard-rep');
    for (const r of root) if (repLevels.has(r.id)) assert.equal(repLevels.get(r.id)?.level, r.level, r.id);
  });

  it('every requirement has a unique ID, English and Swedish titles and text', () => {
    for (const set of CATALOGUE_SET_NAMES) {
      const reqs = loadRequirementSet(set);
      assert.equal(new Set(reqs.map((r) => r.id)).size, reqs.length, `${set}: duplicate ID`);
      for (const r of reqs) {
        assert.ok(r.title.en && r.title.sv && r.text, `${set} ${r.id}`);
        assert.ok(['MUST', 'SHOULD', 'MAY'].includes(r.level), `${set} ${r.id} level`);
      }
    }
  });
});
