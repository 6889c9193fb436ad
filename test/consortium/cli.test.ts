/** The consortium commands end to end through bin/samarkiv.js on the demo data. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const bin = fileURLToPath(new URL('../../bin/samarkiv.js', import.meta.url));

function samarkiv(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('economy shares --year 2022 --format json: the documented document, summing to the total', () => {
  const r = samarkiv('economy', 'shares', '--year', '2022', '--format', 'json');
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as {
    year: number;
    total_tkr: number;
    shares: { municipality: string; share: number; amount_tkr: number }[];
  };
  assert.deepEqual(Object.keys(doc), ['year', 'total_tkr', 'shares']);
  assert.equal(doc.year, 2022);
  assert.equal(doc.total_tkr, 8757);
  assert.equal(doc.shares.length, 16);
  assert.deepEqual(doc.shares[0], { municipality: 'Bjuv', share: 311 / 8541, amount_tkr: 319 });
  assert.deepEqual(Object.keys(doc.shares[0] ?? {}), ['municipality', 'share', 'amount_tkr']);
  assert.equal(
    doc.shares.reduce((a, s) => a + s.amount_tkr, 0),
    8757,
  );
  assert.equal(doc.shares.find((s) => s.municipality === 'Lund')?.amount_tkr, 2238);
});

test('plan generate --format json on the demo data: items with reasons, capacity respected', () => {
  const r = samarkiv('plan', 'generate', '--format', 'json', '--pin', 'angelholm-360=2022-Q4');
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as {
    items: { quarter: string; system_id: string; rule: string; reason_sv: string; reason_en: string }[];
    load: { capacity: number; planned: number; urgent: number }[];
  };
  assert.ok(doc.items.length >= 16);
  assert.ok(doc.items.every((i) => i.reason_sv && i.reason_en));
  assert.deepEqual(
    doc.items.filter((i) => i.rule === 'pinned').map((i) => [i.system_id, i.quarter]),
    [['angelholm-360', '2022-Q4']],
  );
  assert.ok(doc.load.every((l) => l.planned + l.urgent <= l.capacity));
});

test('forecast --format json: stalled projects name the party they wait for', () => {
  const r = samarkiv('forecast', '--format', 'json', '--runs', '300');
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as {
    whole_plan: { median: string; p85: string };
    deliveries: { project: string | null; stalled: { phase: string; waitingFor: string } | null }[];
  };
  assert.ok(doc.whole_plan.median <= doc.whole_plan.p85);
  const p05 = doc.deliveries.find((d) => d.project === 'P05');
  assert.deepEqual([p05?.stalled?.phase, p05?.stalled?.waitingFor], ['delivery-control', 'vendor']);
});

test('inventory requirements --format md, and usage errors carry codes', () => {
  const md = samarkiv('inventory', 'requirements', '--system', 'Procapita VoO', '--format', 'md');
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# Arkivkrav vid upphandling av Procapita VoO/);
  assert.match(md.out, /SIARD 2\.1/);
  assert.doesNotMatch(md.out, /CITS ERMS/, 'the ERMS requirement is for case management only');
  const bad = samarkiv('economy', 'shares', '--year', '2031');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^ARC_ERR_ECONOMY_YEAR_UNKNOWN/);
});
