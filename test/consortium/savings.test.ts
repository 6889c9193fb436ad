/** Savings: realised from approved-and-closed projects only, expected from forecast dates; monthly curves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import type { DeliveryProject, SystemRecord } from '../../src/core/consortium/model.ts';
import { expectedSavings, realisedSavings, savingsCurve } from '../../src/core/economy/savings.ts';

const system = (
  id: string,
  licence: number,
  read: number,
  decommission: string | null = null,
): SystemRecord => ({
  ...(DEMO_DATA.systems[0] as SystemRecord),
  id,
  municipalityId: 'm',
  licenceCostSek: licence,
  readLicenceCostSek: read,
  plannedDecommissioning: decommission,
});

const project = (id: string, systemId: string, phases: [string, string][]): DeliveryProject => ({
  id,
  systemId,
  municipalityId: 'm',
  kind: 'planned',
  history: phases.map(([phase, at]) => ({ phase: phase as 'approved', at })),
  openCheckpoints: [],
});

test('only approved and closed projects realise savings, from the month after switch-off', () => {
  const systems = [system('a', 100000, 20000), system('b', 50000, 10000)];
  const projects = [
    project('A', 'a', [
      ['approved', '2022-01-20'],
      ['closed', '2022-03-15'],
    ]),
    project('B', 'b', [['approved', '2022-02-01']]),
  ];
  const realised = realisedSavings(systems, projects);
  assert.deepEqual(
    realised.map((r) => [r.systemId, r.startsOn, r.yearlySek]),
    [['a', '2022-03-15', 120000n]],
  );
  const curve = savingsCurve(realised, '2022-01', '2022-06');
  assert.deepEqual(
    curve.map((p) => [p.month, p.cumulativeSek, p.yearlyRateSek]),
    [
      ['2022-01', 0n, 0n],
      ['2022-02', 0n, 0n],
      ['2022-03', 0n, 0n],
      ['2022-04', 10000n, 120000n],
      ['2022-05', 20000n, 120000n],
      ['2022-06', 30000n, 120000n],
    ],
  );
});

test('expected savings start at approval, or at the planned decommissioning when that is later', () => {
  const systems = [system('a', 12000, 0, '2023-06-30'), system('b', 12000, 0)];
  const expected = expectedSavings(systems, [
    { systemId: 'a', expectedApproval: '2023-01-10' },
    { systemId: 'b', expectedApproval: '2023-01-10' },
  ]);
  assert.deepEqual(
    expected.map((e) => [e.systemId, e.startsOn]),
    [
      ['a', '2023-06-30'],
      ['b', '2023-01-10'],
    ],
  );
  // 7 kr a month: one twelfth of 84 kr a year, whole kronor at every point.
  const curve = savingsCurve([{ ...expected[1]!, yearlySek: 84n }], '2023-01', '2023-03');
  assert.deepEqual(
    curve.map((p) => p.cumulativeSek),
    [0n, 7n, 14n],
  );
});

test('demo: nothing is realised as of the seed date, as the seed reports', () => {
  assert.deepEqual(realisedSavings(DEMO_DATA.systems, DEMO_DATA.projects), []);
});
