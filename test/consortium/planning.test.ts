/** Plan generation: rules on the demo data, versions and diffs, and properties over random inventories. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import type { DeliveryProject, Municipality, SystemRecord } from '../../src/core/consortium/model.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { rational } from '../../src/core/economy/rational.ts';
import { sharesFromBasis } from '../../src/core/economy/shares.ts';
import { DEFAULT_CRITERIA } from '../../src/core/planning/criteria.ts';
import { eligibleSystems, generatePlan, type PlanInput } from '../../src/core/planning/generate-plan.ts';
import type { Plan, PlanSettings } from '../../src/core/planning/model.ts';
import { approveVersion, diffPlans, nextVersion } from '../../src/core/planning/plan-versions.ts';
import { pinAndReplan } from '../../src/core/planning/replan.ts';

const SETTINGS: PlanSettings = {
  firstQuarter: '2022-Q1',
  quarterCount: 8,
  capacity: { default: 75 },
  fairness: 'equal',
  pilotsFirst: true,
  criteria: DEFAULT_CRITERIA,
};

function demoInput(settings: PlanSettings = SETTINGS): PlanInput {
  const shares = sharesFromBasis(DEMO_DATA.consortium.municipalities, DEMO_DATA.shareBasis);
  return {
    municipalities: DEMO_DATA.consortium.municipalities,
    weights: new Map(shares.map((s) => [s.municipality.id, s.share])),
    systems: DEMO_DATA.systems,
    projects: DEMO_DATA.projects,
    settings,
  };
}

test('demo plan: every member with systems left gets a delivery, each with a reason in Swedish and English', () => {
  const plan = generatePlan(demoInput());
  const eligible = eligibleSystems(DEMO_DATA.systems, DEMO_DATA.projects);
  const needing = new Set(eligible.map((s) => s.municipalityId));
  for (const m of needing)
    assert.ok(
      plan.items.some((i) => i.municipalityId === m),
      `${m} has a delivery`,
    );
  for (const i of plan.items) {
    assert.ok(i.reason.sv.length > 40 && i.reason.en.length > 40);
    assert.match(i.reason.sv, /poäng \d+/);
  }
  // Pilots first: Lund's Procapita IFO is in the first quarter.
  assert.equal(plan.items.find((i) => i.systemId === 'lund-ifo')?.quarter, '2022-Q1');
  assert.equal(plan.items.find((i) => i.systemId === 'lund-ifo')?.rule, 'pilot');
  // Disposed systems and systems already under way are not planned.
  assert.ok(
    !plan.items.some((i) => ['lund-agresso', 'trelleborg-w3d3', 'tomelilla-voo'].includes(i.systemId)),
  );
});

test('demo plan: the urgent delivery (Tomelilla, outside the plan) takes capacity in 2022 Q1', () => {
  const plan = generatePlan(demoInput());
  assert.deepEqual(
    plan.urgent.map((u) => [u.projectId, u.quarter, u.effortPersonDays]),
    [['P15', '2022-Q1', 25]],
  );
  const q1 = plan.load[0];
  assert.equal(q1?.urgent, 25);
  assert.ok((q1?.planned ?? 0) + 25 <= 75);
});

test('demo plan: a delivery planned after the decommissioning date carries a read-licence warning', () => {
  const plan = generatePlan(demoInput());
  const late = plan.items.filter((i) => i.warnings.length > 0);
  for (const i of late) {
    const s = DEMO_DATA.systems.find((x) => x.id === i.systemId);
    assert.ok(s?.plannedDecommissioning);
    assert.match(i.warnings[0]?.sv ?? '', /läslicens/);
  }
});

test('proportional fairness gives Lund (share 0.26) at least as many deliveries as Perstorp (0.02)', () => {
  const plan = generatePlan(demoInput({ ...SETTINGS, fairness: 'proportional', quarterCount: 12 }));
  const n = (m: string) => plan.items.filter((i) => i.municipalityId === m).length;
  assert.ok(n('lund') >= n('perstorp'));
  assert.ok(n('lund') >= 2);
});

test('pin and re-plan: the pinned item stays, the diff shows it moved, versions number up', () => {
  const input = demoInput();
  const v1 = approveVersion(nextVersion([], generatePlan(input), '2021-11-05', 'Förslag'), '2021-12-01');
  assert.equal(v1.version, 1);
  assert.equal(v1.approvedBy, 'Samverkansrådet');
  const plan2 = pinAndReplan(input, v1.plan, 'angelholm-360', '2023-Q4');
  const v2 = nextVersion([v1], plan2, '2022-01-10');
  assert.equal(v2.version, 2);
  assert.equal(plan2.items.find((i) => i.systemId === 'angelholm-360')?.quarter, '2023-Q4');
  assert.equal(plan2.items.find((i) => i.systemId === 'angelholm-360')?.rule, 'pinned');
  const diff = diffPlans(v1, v2);
  assert.ok(diff.moved.some((m) => m.item.systemId === 'angelholm-360' && m.fromQuarter !== '2023-Q4'));
  assert.equal(diff.from, 1);
  // Nothing is both added and removed.
  const added = new Set(diff.added.map((i) => i.systemId));
  assert.ok(!diff.removed.some((i) => added.has(i.systemId)));
  assert.throws(
    () => approveVersion(v1, '2022-01-01'),
    (e) => isArchiveError(e) && e.code === 'ARC_ERR_PLAN_VERSION_CONFLICT',
  );
});

test('pins that are invalid or overload a quarter are refused with codes', () => {
  const input = demoInput();
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isArchiveError(e) ? e.code : 'other';
    }
    return 'none';
  };
  assert.equal(
    code(() => generatePlan({ ...input, pins: [{ systemId: 'nope', quarter: '2022-Q1' }] })),
    'ARC_ERR_PLAN_PIN_INVALID',
  );
  assert.equal(
    code(() => generatePlan({ ...input, pins: [{ systemId: 'lund-agresso', quarter: '2022-Q1' }] })),
    'ARC_ERR_PLAN_PIN_INVALID',
  );
  assert.equal(
    code(() => generatePlan({ ...input, pins: [{ systemId: 'bjuv-360', quarter: '2030-Q1' }] })),
    'ARC_ERR_PLAN_PIN_INVALID',
  );
  const overload = ['lund-ifo', 'bjuv-voo', 'horby-combine'].map((systemId) => ({
    systemId,
    quarter: '2022-Q1',
  }));
  assert.equal(
    code(() => generatePlan({ ...input, pins: overload })),
    'ARC_ERR_PLAN_PIN_OVER_CAPACITY',
  );
  assert.equal(
    code(() => generatePlan({ ...input, settings: { ...SETTINGS, quarterCount: 0 } })),
    'ARC_ERR_PLAN_SETTINGS_INVALID',
  );
});

// ---- Properties over random inventories ----

interface World {
  readonly input: PlanInput;
}

const worldArb = (opts: { pilots: boolean; fairness: 'equal' | 'proportional' }): fc.Arbitrary<World> =>
  fc
    .record({
      members: fc.integer({ min: 1, max: 6 }),
      systems: fc.array(
        fc.record({
          member: fc.nat(5),
          effort: fc.integer({ min: 5, max: 60 }),
          benefit: fc.integer({ min: 1, max: 5 }),
          risk: fc.integer({ min: 1, max: 5 }),
          readLicence: fc.integer({ min: 0, max: 300 }),
          pilot: fc.boolean(),
          decommission: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        }),
        { maxLength: 30 },
      ),
      quarters: fc.integer({ min: 1, max: 8 }),
      capacity: fc.integer({ min: 10, max: 100 }),
      urgent: fc.array(fc.record({ q: fc.nat(7), effort: fc.integer({ min: 5, max: 40 }) }), {
        maxLength: 3,
      }),
      weights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 6, maxLength: 6 }),
    })
    .map((r) => {
      const municipalities: Municipality[] = Array.from({ length: r.members }, (_, i) => ({
        id: `m${i}`,
        name: `M${i}`,
        orgNumber: '212000-0000',
        isHost: i === 0,
        population: 1000,
      }));
      const systems: SystemRecord[] = r.systems.map((s, i) => ({
        ...(DEMO_DATA.systems[0] as SystemRecord),
        id: `s${i}`,
        municipalityId: `m${s.member % r.members}`,
        effortPersonDays: s.effort,
        businessBenefit: s.benefit as 1,
        legalRisk: s.risk as 1,
        readLicenceCostSek: s.readLicence * 1000,
        pilot: opts.pilots && s.pilot,
        plannedDecommissioning:
          s.decommission === null ? null : `2022-${String((s.decommission % 12) + 1).padStart(2, '0')}-15`,
      }));
      // Urgent projects on extra systems that are not candidates.
      const urgentSystems: SystemRecord[] = r.urgent.map((u, i) => ({
        ...(DEMO_DATA.systems[0] as SystemRecord),
        id: `u${i}`,
        municipalityId: 'm0',
        effortPersonDays: u.effort,
      }));
      const projects: DeliveryProject[] = r.urgent.map((u, i) => ({
        id: `U${i}`,
        systemId: `u${i}`,
        municipalityId: 'm0',
        kind: 'urgent',
        urgentQuarter: `${2022 + Math.floor(u.q / 4)}-Q${(u.q % 4) + 1}`,
        history: [{ phase: 'planned', at: '2021-10-01' }],
        openCheckpoints: [],
      }));
      return {
        input: {
          municipalities,
          weights: new Map(municipalities.map((m, i) => [m.id, rational(r.weights[i] ?? 1)])),
          systems: [...systems, ...urgentSystems],
          projects,
          settings: {
            ...SETTINGS,
            quarterCount: r.quarters,
            capacity: { default: r.capacity },
            fairness: opts.fairness,
          },
        },
      };
    });

function room(plan: Plan, quarter: string, only?: (rule: string) => boolean): number {
  const load = plan.load.find((l) => l.quarter === quarter);
  const planned = plan.items
    .filter((i) => i.quarter === quarter && (!only || only(i.rule)))
    .reduce((a, i) => a + i.effortPersonDays, 0);
  return (load?.capacity ?? 0) - (load?.urgent ?? 0) - planned;
}

test('property: capacity is never exceeded by planned deliveries (urgent ones included)', () => {
  fc.assert(
    fc.property(worldArb({ pilots: true, fairness: 'equal' }), ({ input }) => {
      const plan = generatePlan(input);
      for (const l of plan.load)
        assert.ok(l.planned <= Math.max(0, l.capacity - l.urgent), JSON.stringify(l));
    }),
    { numRuns: 200 },
  );
});

test('property: every member gets its first delivery in the earliest quarter one of its systems fits', () => {
  fc.assert(
    fc.property(worldArb({ pilots: true, fairness: 'equal' }), ({ input }) => {
      const plan = generatePlan(input);
      const quarters = plan.load.map((l) => l.quarter);
      const early = (rule: string) => rule !== 'fair-share';
      const eligible = eligibleSystems(input.systems, input.projects);
      for (const m of input.municipalities) {
        const mine = eligible.filter((s) => s.municipalityId === m.id);
        if (mine.length === 0) continue;
        const items = plan.items.filter((i) => i.municipalityId === m.id);
        const first = items.find((i) => i.rule === 'first-delivery');
        if (items.some((i) => i.rule === 'pilot' || i.rule === 'pinned')) continue;
        const limit = first ? quarters.indexOf(first.quarter) : quarters.length;
        const smallest = Math.min(...mine.map((s) => s.effortPersonDays));
        for (let q = 0; q < limit; q++)
          assert.ok(
            smallest > room(plan, quarters[q] as string, early),
            `${m.id}: a system fits in ${quarters[q]} before its first delivery`,
          );
      }
    }),
    { numRuns: 200 },
  );
});

test('property: equal fairness — a member two deliveries behind another has nothing left that fits', () => {
  fc.assert(
    fc.property(worldArb({ pilots: false, fairness: 'equal' }), ({ input }) => {
      const plan = generatePlan(input);
      const count = (m: string) => plan.items.filter((i) => i.municipalityId === m).length;
      const left = new Set(plan.unplanned.map((u) => u.systemId));
      const maxRoom = Math.max(0, ...plan.load.map((l) => room(plan, l.quarter)));
      for (const a of input.municipalities)
        for (const b of input.municipalities) {
          if (count(a.id) < count(b.id) + 2) continue;
          const fits = input.systems.filter(
            (s) => s.municipalityId === b.id && left.has(s.id) && s.effortPersonDays <= maxRoom,
          );
          assert.deepEqual(fits, [], `${b.id} is two behind ${a.id} but has a system that fits`);
        }
    }),
    { numRuns: 200 },
  );
});

test('property: pinned items stay where they were pinned, and the same input gives the same plan', () => {
  fc.assert(
    fc.property(
      worldArb({ pilots: true, fairness: 'proportional' }),
      fc.nat(),
      fc.nat(),
      ({ input }, pick, qPick) => {
        const base = generatePlan(input);
        assert.deepEqual(generatePlan(input), base);
        const candidates = eligibleSystems(input.systems, input.projects);
        const system = candidates[pick % Math.max(1, candidates.length)];
        if (!system) return;
        const quarter = base.load[qPick % base.load.length]?.quarter as string;
        try {
          const replanned = pinAndReplan(input, base, system.id, quarter);
          assert.equal(replanned.items.find((i) => i.systemId === system.id)?.quarter, quarter);
          for (const l of replanned.load)
            assert.ok(l.planned + l.urgent <= Math.max(l.capacity, l.urgent + system.effortPersonDays));
        } catch (e) {
          assert.ok(isArchiveError(e) && e.code === 'ARC_ERR_PLAN_PIN_OVER_CAPACITY', String(e));
          assert.ok(system.effortPersonDays > room({ ...base, items: [] }, quarter));
        }
      },
    ),
    { numRuns: 200 },
  );
});
