/** Forecasts from constructed phase histories whose answer is known, and the demo's stalled projects. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import { addDays } from '../../src/core/consortium/dates.ts';
import type { DeliveryProject, PhaseChange, SystemRecord } from '../../src/core/consortium/model.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { forecast, type ForecastSettings } from '../../src/core/forecast/forecast.ts';
import { percentile, validateHistory } from '../../src/core/forecast/history.ts';

const AS_OF = '2022-01-01';
const SETTINGS: ForecastSettings = {
  asOf: AS_OF,
  runs: 4000,
  seed: 7,
  minObservations: 3,
  stalledPercentile: 85,
};

const sys = (id: string, category: SystemRecord['category']): SystemRecord => ({
  ...(DEMO_DATA.systems[0] as SystemRecord),
  id,
  municipalityId: 'm',
  category,
});

/** A finished project whose phases took the given days (preparation, test, ingest, control). */
function finished(id: string, systemId: string, days: [number, number, number, number]): DeliveryProject {
  let at = '2020-01-01';
  const history: PhaseChange[] = [];
  (['preparation', 'test-delivery', 'ingest', 'delivery-control'] as const).forEach((phase, i) => {
    history.push({ phase, at });
    at = addDays(at, days[i] as number);
  });
  history.push({ phase: 'approved', at });
  return { id, systemId, municipalityId: 'm', kind: 'planned', history, openCheckpoints: [] };
}

function open(id: string, systemId: string, history: PhaseChange[]): DeliveryProject {
  return { id, systemId, municipalityId: 'm', kind: 'planned', history, openCheckpoints: [] };
}

test('identical durations: median and 85 % date are the same exact date', () => {
  const systems = [sys('a', 'finance'), sys('b', 'finance'), sys('c', 'finance'), sys('new', 'finance')];
  const projects = [
    finished('A', 'a', [30, 20, 10, 40]),
    finished('B', 'b', [30, 20, 10, 40]),
    finished('C', 'c', [30, 20, 10, 40]),
    open('N', 'new', [{ phase: 'preparation', at: AS_OF }]),
  ];
  const f = forecast({ systems, projects, planned: [], settings: SETTINGS });
  const n = f.deliveries.find((d) => d.key === 'N');
  assert.equal(n?.median, addDays(AS_OF, 100));
  assert.equal(n?.p85, addDays(AS_OF, 100));
  assert.equal(f.wholePlan?.median, addDays(AS_OF, 100));
  assert.equal(f.deliveries.find((d) => d.key === 'A')?.approvedOn, addDays('2020-01-01', 100));
});

test('a 75/25 distribution of control durations: median 10 days, 85 % date 100 days', () => {
  const systems = ['a', 'b', 'c', 'd', 'x'].map((id) => sys(id, 'finance'));
  const projects = [
    finished('A', 'a', [1, 1, 1, 10]),
    finished('B', 'b', [1, 1, 1, 10]),
    finished('C', 'c', [1, 1, 1, 10]),
    finished('D', 'd', [1, 1, 1, 100]),
    open('X', 'x', [{ phase: 'delivery-control', at: AS_OF }]),
  ];
  const x = forecast({ systems, projects, planned: [], settings: SETTINGS }).deliveries.find(
    (d) => d.key === 'X',
  );
  assert.equal(x?.median, addDays(AS_OF, 10));
  assert.equal(x?.p85, addDays(AS_OF, 100));
});

test('time already spent counts: 50 days into a 10-or-100-day phase leaves exactly 50', () => {
  const systems = ['a', 'b', 'c', 'd', 'x'].map((id) => sys(id, 'finance'));
  const projects = [
    finished('A', 'a', [1, 1, 1, 10]),
    finished('B', 'b', [1, 1, 1, 10]),
    finished('C', 'c', [1, 1, 1, 10]),
    finished('D', 'd', [1, 1, 1, 100]),
    open('X', 'x', [
      { phase: 'delivery-control', at: addDays(AS_OF, -50), waitingFor: 'vendor', waitingForName: 'Visma' },
    ]),
  ];
  const x = forecast({ systems, projects, planned: [], settings: SETTINGS }).deliveries.find(
    (d) => d.key === 'X',
  );
  assert.equal(x?.median, addDays(AS_OF, 50));
  assert.equal(x?.p85, addDays(AS_OF, 50));
  // 50 days is not longer than the 85th percentile (100 days): not stalled.
  assert.equal(x?.stalled, null);
});

test('a project longer in its phase than 85 % of observations is stalled, waiting for the recorded party', () => {
  const systems = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'].map((id) => sys(id, 'finance'));
  const projects = [
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s, i) =>
      finished(s.toUpperCase(), s, [5, 5, 5, 20 + i * 10]),
    ),
    open('X', 'x', [
      { phase: 'preparation', at: '2021-01-01' },
      {
        phase: 'delivery-control',
        at: addDays(AS_OF, -200),
        waitingFor: 'vendor',
        waitingForName: 'Visma',
        note: 'K21 kvarstår',
      },
    ]),
  ];
  const f = forecast({ systems, projects, planned: [], settings: SETTINGS });
  const x = f.deliveries.find((d) => d.key === 'X');
  assert.deepEqual(x?.stalled, {
    phase: 'delivery-control',
    since: addDays(AS_OF, -200),
    days: 200,
    usualDays: percentile([20, 30, 40, 50, 60, 70, 80], 85),
    waitingFor: 'vendor',
    waitingForRecorded: true,
    waitingForName: 'Visma',
    note: 'K21 kvarstår',
  });
  // Outlasted every observation: a fresh draw, so between 20 and 80 days more.
  assert.ok((x?.median ?? '') >= addDays(AS_OF, 20) && (x?.p85 ?? '') <= addDays(AS_OF, 80));
});

test('per category with enough observations, pooled otherwise', () => {
  const systems = [
    ...['a1', 'a2', 'a3'].map((id) => sys(id, 'finance')),
    sys('b1', 'school'),
    sys('xa', 'finance'),
    sys('xb', 'school'),
  ];
  const projects = [
    ...['a1', 'a2', 'a3'].map((s) => finished(s, s, [10, 10, 10, 10])),
    finished('b1', 'b1', [50, 50, 50, 50]),
    open('XA', 'xa', [{ phase: 'preparation', at: AS_OF }]),
    open('XB', 'xb', [{ phase: 'preparation', at: AS_OF }]),
  ];
  const f = forecast({ systems, projects, planned: [], settings: SETTINGS });
  const xa = f.deliveries.find((d) => d.key === 'XA');
  const xb = f.deliveries.find((d) => d.key === 'XB');
  assert.equal(xa?.median, addDays(AS_OF, 40));
  assert.equal(xa?.basis.preparation, 'category');
  assert.equal(xb?.basis.preparation, 'pooled');
  // Pooled: three 10s and one 50 per phase.
  assert.ok((xb?.p85 ?? '') > addDays(AS_OF, 40));
});

test('planned deliveries start at their quarter; the whole plan ends with the last one', () => {
  const systems = ['a', 'b', 'c', 'p'].map((id) => sys(id, 'finance'));
  const projects = ['a', 'b', 'c'].map((s) => finished(s, s, [10, 10, 10, 10]));
  const f = forecast({
    systems,
    projects,
    planned: [{ systemId: 'p', quarter: '2022-Q3' }],
    settings: SETTINGS,
  });
  assert.equal(f.deliveries.find((d) => d.systemId === 'p')?.median, addDays('2022-07-01', 40));
  assert.equal(f.wholePlan?.p85, addDays('2022-07-01', 40));
});

test('the same seed gives the same forecast', () => {
  const input = {
    systems: DEMO_DATA.systems,
    projects: DEMO_DATA.projects,
    planned: [],
    settings: { ...SETTINGS, asOf: DEMO_DATA.asOf, runs: 500 },
  };
  assert.deepEqual(forecast(input), forecast(input));
});

test('demo: Trelleborg W3D3 (control) and Ängelholm Procapita (ingest) are stalled waiting for Visma', () => {
  const f = forecast({
    systems: DEMO_DATA.systems,
    projects: DEMO_DATA.projects,
    planned: [],
    settings: { ...SETTINGS, asOf: DEMO_DATA.asOf, minObservations: 5 },
  });
  const p05 = f.deliveries.find((d) => d.projectId === 'P05');
  assert.equal(p05?.stalled?.phase, 'delivery-control');
  assert.equal(p05?.stalled?.waitingFor, 'vendor');
  assert.equal(p05?.stalled?.waitingForName, 'Visma');
  const p04 = f.deliveries.find((d) => d.projectId === 'P04');
  assert.equal(p04?.stalled?.phase, 'ingest');
  assert.equal(p04?.stalled?.waitingFor, 'vendor');
  assert.ok(p05?.median && p05.median > DEMO_DATA.asOf, 'the seed could not say when; the forecast can');
  assert.equal(f.deliveries.find((d) => d.projectId === 'P08')?.stalled, null);
});

test('invalid histories are refused with a code', () => {
  const bad = (history: PhaseChange[]) => {
    try {
      validateHistory(open('Z', 'z', history));
      return 'accepted';
    } catch (e) {
      return isArchiveError(e) ? e.code : 'other';
    }
  };
  assert.equal(bad([{ phase: 'stopped', at: AS_OF }]), 'ARC_ERR_PROJECT_HISTORY_INVALID');
  assert.equal(
    bad([
      { phase: 'ingest', at: AS_OF },
      { phase: 'preparation', at: addDays(AS_OF, 1) },
    ]),
    'ARC_ERR_PROJECT_HISTORY_INVALID',
  );
  assert.equal(
    bad([
      { phase: 'ingest', at: AS_OF },
      { phase: 'delivery-control', at: addDays(AS_OF, -1) },
    ]),
    'ARC_ERR_PROJECT_HISTORY_INVALID',
  );
  assert.equal(bad([]), 'ARC_ERR_PROJECT_HISTORY_INVALID');
  for (const p of DEMO_DATA.projects) validateHistory(p);
});
