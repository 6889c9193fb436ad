/**
 * The consortium functions through the archive server's API, over both database backends: the
 * seed's cost shares, finance's outcome (the council may not enter it), a municipality's reported
 * decommissioning seen by the consortium, each municipality seeing only its own systems, the plan
 * generated, pinned, compared and approved by the council, forecasts and the yearly report.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { MemoryConsortiumStore } from '../../src/adapters/consortium/memory-consortium-store.ts';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import { chargesFor, sharesDocument } from '../../src/services/consortium/economy.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type Client, type TestServer } from '../support/test-server.ts';

interface Shares {
  year: number;
  total_tkr: number;
  shares: { municipality: string; share: number; amount_tkr: number }[];
}
interface Budget {
  year: number;
  lines: { group: string; budget_tkr: number; outcome_tkr: number; difference_tkr: number }[];
  total: { budget_tkr: number; outcome_tkr: number; difference_tkr: number };
  refunds: { municipality: string; refund_tkr: number }[];
}
interface System {
  id: string;
  municipalityId: string;
  name: string;
  plannedDecommissioning: string | null;
}
interface Report {
  id: string;
  kind: string;
  systemId: string | null;
  seenAt: string | null;
}
interface Item {
  systemId: string;
  quarter: string;
  municipalityName: string;
  pinned: boolean;
  reason: { sv: string; en: string };
}
interface Version {
  version: number;
  approvedOn: string | null;
  approvedBy: string | null;
  plan: {
    items: Item[];
    pins: { systemId: string; quarter: string }[];
    load: { quarter: string; capacity: number; planned: number; urgent: number }[];
  };
}

/** The seed's table "Maximalt uttag per kommun" (tkr): "Lund 0,27 2 183 2 238 2 293". */
function seedTable(): Map<string, number[]> {
  const text = readFileSync(
    new URL('../../../shared/seed/000_de22eed900347923.txt', import.meta.url),
    'utf8',
  );
  const tkr = String.raw`(\d{1,3}(?: \d{3})?)`;
  const row = new RegExp(String.raw`^(\p{Lu}\p{Ll}+) 0,\d+ ${tkr} ${tkr} ${tkr}\s*$`, 'u');
  const out = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const m = row.exec(line.trim());
    if (m)
      out.set(
        m[1] as string,
        m.slice(2, 5).map((x) => Number(x.replace(' ', ''))),
      );
  }
  return out;
}

const status = async (c: Client, method: string, url: string, body?: unknown) => {
  const res = await c.request(method, url, body);
  return { status: res.statusCode, body: res.json() as { code?: string } & Record<string, unknown> };
};

for (const backend of BACKENDS) {
  describe(`consortium API (${backend.name})`, () => {
    let t: TestServer;
    let earkivarie: Client;
    let radet: Client;
    let ekonomi: Client;
    let trelleborg: Client;
    let lund: Client;
    before(async () => {
      t = await startTestServer(backend);
      earkivarie = await t.login('earkivarie');
      radet = await t.login('radet');
      ekonomi = await t.login('ekonomi');
      trelleborg = await t.login('arkivarie.trelleborg');
      lund = await t.login('arkivarie.lund');
    });
    after(async () => t.close());

    it('gives the seed table of shares and maximum charges for 2021–2023', async () => {
      const memory = new MemoryConsortiumStore(DEMO_DATA);
      const seed = seedTable();
      assert.equal(seed.get('Totalt')?.join(), '8541,8757,8970');
      assert.equal(seed.size, 17, 'sixteen members and the total');
      for (const [column, year] of [2021, 2022, 2023].entries()) {
        const doc = await radet.json<Shares>('GET', `/api/consortium/shares?year=${year}`);
        assert.deepEqual(doc, sharesDocument(await chargesFor(memory, year)));
        assert.equal(doc.total_tkr, seed.get('Totalt')?.[column]);
        assert.equal(doc.shares.length, 16);
        for (const s of doc.shares)
          assert.equal(s.amount_tkr, seed.get(s.municipality)?.[column], `${s.municipality} ${year}`);
      }
      const res = await status(radet, 'GET', '/api/consortium/shares?year=1999');
      assert.equal(res.body.code, 'ARC_ERR_ECONOMY_YEAR_UNKNOWN');
    });

    it('lets finance enter an outcome and refuses the council', async () => {
      const lines = [
        { group: 'salaries', budgetTkr: 7000, outcomeTkr: 6500 },
        { group: 'premises', budgetTkr: 500, outcomeTkr: 520 },
        { group: 'other', budgetTkr: 300, outcomeTkr: 180 },
      ];
      const refused = await status(radet, 'PUT', '/api/consortium/outcomes/2021', { lines });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'ARC_ERR_FORBIDDEN');
      const doc = await ekonomi.json<Budget>('PUT', '/api/consortium/outcomes/2021', { lines });
      assert.equal(doc.year, 2021);
      assert.deepEqual(doc.total, { budget_tkr: 7800, outcome_tkr: 7200, difference_tkr: 600 });
      assert.equal(doc.lines.find((l) => l.group === 'premises')?.difference_tkr, -20);
      assert.equal(
        doc.refunds.reduce((s, r) => s + r.refund_tkr, 0),
        600,
      );
      const read = await radet.json<Budget>('GET', '/api/consortium/budget?year=2021');
      assert.deepEqual(read.total, doc.total);
      // The seed's 2020 outcome is still there: 8 200 − 3 225 = 4 975.
      const y2020 = await radet.json<Budget>('GET', '/api/consortium/budget?year=2020');
      assert.equal(y2020.total.difference_tkr, 4975);
      const audit = await t.server.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'object_id'])
        .where('action', '=', 'economy.outcome')
        .execute();
      assert.deepEqual(audit, [{ action: 'economy.outcome', object_id: '2021' }]);
      const budget = await ekonomi.json<{ totalTkr: number }>('PUT', '/api/consortium/budgets/2024', {
        upliftBasisPoints: 200,
      });
      assert.equal(budget.totalTkr, 9149); // 8 970 × 1.02 = 9 149.4
      assert.equal((await status(radet, 'PUT', '/api/consortium/budgets/2024', { totalTkr: 1 })).status, 403);
    });

    it('shows each municipality only its own systems', async () => {
      const own = await lund.json<System[]>('GET', '/api/consortium/systems');
      assert.ok(own.length > 0);
      assert.ok(own.every((s) => s.municipalityId === 'lund'));
      const all = await earkivarie.json<System[]>('GET', '/api/consortium/systems');
      assert.ok(new Set(all.map((s) => s.municipalityId)).size >= 16);
      assert.equal((await status(lund, 'GET', '/api/consortium/systems/trelleborg-w3d3')).status, 404);
      assert.deepEqual(await lund.json<System[]>('GET', '/api/consortium/systems?tenant=trelleborg'), []);
      const html = await lund.request(
        'GET',
        '/api/consortium/systems/lund-w3d3/procurement-requirements?format=html',
      );
      assert.equal(html.statusCode, 200);
      assert.match(html.headers['content-type'] as string, /text\/html/);
      assert.match(html.body, /W3D3/);
    });

    it('lets a municipality add a system and report a decommissioning that the e-archivist sees', async () => {
      const input = {
        municipalityId: 'trelleborg',
        name: 'Platina',
        category: 'case-management',
        vendor: 'Formpipe',
        version: '5.2',
        informationTypes: ['Diarium'],
        recordsCreator: 'Kommunstyrelsen',
        retention: 'keep',
        volumeGb: 12,
        exportState: 'needs-investigation',
        exportFormats: [],
        licenceCostSek: 90000,
        readLicenceCostSek: 30000,
        plannedDecommissioning: null,
        businessBenefit: 3,
        legalRisk: 2,
        effortPersonDays: 20,
        pilot: false,
      };
      assert.equal((await status(lund, 'POST', '/api/consortium/systems', input)).status, 403);
      const created = await trelleborg.json<System>('POST', '/api/consortium/systems', input);
      assert.equal(created.id, 'trelleborg-platina');
      const moved = await status(trelleborg, 'PUT', `/api/consortium/systems/${created.id}`, {
        ...input,
        municipalityId: 'lund',
      });
      assert.equal(moved.body.code, 'ARC_ERR_INVENTORY_SYSTEM_MOVE');

      const report = {
        tenantId: 'trelleborg',
        kind: 'decommissioning',
        systemId: created.id,
        date: '2027-06-30',
        note: 'Ersätts av nytt ärendesystem',
      };
      assert.equal((await status(lund, 'POST', '/api/consortium/reports', report)).status, 403);
      const bad = await status(trelleborg, 'POST', '/api/consortium/reports', { ...report, date: null });
      assert.equal(bad.body.code, 'ARC_ERR_INVENTORY_REPORT_INVALID');
      const posted = await trelleborg.json<Report>('POST', '/api/consortium/reports', report);
      await trelleborg.json('POST', '/api/consortium/reports', {
        tenantId: 'trelleborg',
        kind: 'procurement',
        systemName: 'Nytt ärendesystem',
        date: '2027-01-01',
      });

      const seen = await earkivarie.json<{ unseen: number; showUnseen: boolean; reports: Report[] }>(
        'GET',
        '/api/consortium/reports',
      );
      assert.equal(seen.showUnseen, true);
      assert.equal(seen.unseen, 2);
      assert.ok(seen.reports.some((r) => r.id === posted.id && r.seenAt === null));
      const system = await earkivarie.json<System>('GET', `/api/consortium/systems/${created.id}`);
      assert.equal(system.plannedDecommissioning, '2027-06-30');
      assert.equal(
        (await status(trelleborg, 'POST', `/api/consortium/reports/${posted.id}/seen`)).status,
        403,
      );
      await earkivarie.json('POST', `/api/consortium/reports/${posted.id}/seen`);
      const after = await earkivarie.json<{ unseen: number; reports: Report[] }>(
        'GET',
        '/api/consortium/reports',
      );
      assert.equal(after.unseen, 1);
      assert.equal(after.reports.at(-1)?.id, posted.id, 'seen reports come after unseen ones');
      assert.deepEqual(
        (await lund.json<{ reports: Report[] }>('GET', '/api/consortium/reports')).reports,
        [],
      );
    });

    it('generates, pins, compares and approves the plan; only the council approves', async () => {
      assert.equal((await status(radet, 'POST', '/api/consortium/plan/generate', {})).status, 403);
      const first = await earkivarie.json<{ version: Version }>('POST', '/api/consortium/plan/generate', {
        settings: { capacity: 75, fairness: 'equal', pilotsFirst: true },
      });
      assert.equal(first.version.version, 1);
      const items = first.version.plan.items;
      assert.ok(items.length > 5);
      assert.ok(items.every((i) => i.reason.sv.length > 0 && i.municipalityName));

      // Move an item of the first quarter to the last one that has room for it.
      const load = first.version.plan.load;
      const moving = items.find((i) => i.quarter === load[0]?.quarter) as Item;
      const target = [...load].reverse().find((l) => l.quarter !== moving.quarter) as (typeof load)[number];
      const pinned = await earkivarie.json<{
        version: Version;
        diff: { moved: { item: Item; fromQuarter: string }[] };
      }>('POST', `/api/consortium/plan/items/${moving.systemId}/pin`, { quarter: target.quarter });
      assert.equal(pinned.version.version, 2);
      const kept = pinned.version.plan.items.find((i) => i.systemId === moving.systemId);
      assert.equal(kept?.quarter, target.quarter);
      assert.equal(kept?.pinned, true);
      assert.deepEqual(pinned.version.plan.pins, [{ systemId: moving.systemId, quarter: target.quarter }]);
      for (const l of pinned.version.plan.load)
        assert.ok(l.planned + l.urgent <= l.capacity || l.quarter === target.quarter);

      const diff = await radet.json<{
        from: number;
        to: number;
        moved: { item: Item; fromQuarter: string }[];
      }>('GET', '/api/consortium/plan/versions/2/diff');
      assert.equal(diff.from, 1);
      assert.equal(diff.to, 2);
      assert.ok(
        diff.moved.some((m) => m.item.systemId === moving.systemId && m.fromQuarter === moving.quarter),
      );

      assert.equal(
        (await status(earkivarie, 'POST', '/api/consortium/plan/versions/2/approve', { date: '2026-12-01' }))
          .status,
        403,
      );
      const approved = await radet.json<Version>('POST', '/api/consortium/plan/versions/2/approve', {
        date: '2026-12-01',
      });
      assert.equal(approved.approvedOn, '2026-12-01');
      assert.ok(approved.approvedBy);
      const again = await status(radet, 'POST', '/api/consortium/plan/versions/2/approve', {
        date: '2026-12-02',
      });
      assert.equal(again.body.code, 'ARC_ERR_PLAN_VERSION_CONFLICT');
      const state = await radet.json<{ approved: Version | null; draft: Version | null }>(
        'GET',
        '/api/consortium/plan',
      );
      assert.equal(state.approved?.version, 2);
      assert.equal(state.draft, null);
      const versions = await radet.json<{ version: number; approvedOn: string | null }[]>(
        'GET',
        '/api/consortium/plan/versions',
      );
      assert.deepEqual(
        versions.map((v) => [v.version, v.approvedOn]),
        [
          [2, '2026-12-01'],
          [1, null],
        ],
      );

      // Releasing the pin re-plans as a new draft beside the approved version.
      const unpinned = await earkivarie.json<{ version: Version }>(
        'POST',
        `/api/consortium/plan/items/${moving.systemId}/unpin`,
      );
      assert.equal(unpinned.version.version, 3);
      assert.deepEqual(unpinned.version.plan.pins, []);
      const withDraft = await radet.json<{ approved: Version | null; draft: Version | null }>(
        'GET',
        '/api/consortium/plan',
      );
      assert.equal(withDraft.draft?.version, 3);
      assert.equal(
        (await status(radet, 'GET', '/api/consortium/plan/versions/9/diff')).body.code,
        'ARC_ERR_PLAN_VERSION_UNKNOWN',
      );
      const audit = await t.server.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'plan.%')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['plan.generate', 'plan.pin', 'plan.approve', 'plan.unpin'],
      );
    });

    it('forecasts median and 85 % dates and names what stalled projects wait for', async () => {
      const f = await radet.json<{
        wholePlan: { median: string; p85: string } | null;
        deliveries: {
          projectId: string | null;
          median: string | null;
          p85: string | null;
          approvedOn: string | null;
          systemName: string;
          stalled: { phase: string; waitingFor: string; waitingForName: string | null } | null;
        }[];
      }>('GET', '/api/consortium/forecast?runs=300');
      assert.ok(f.wholePlan);
      assert.ok(f.wholePlan.median <= f.wholePlan.p85);
      const open = f.deliveries.filter((d) => d.projectId && !d.approvedOn && d.median);
      assert.ok(open.length > 0);
      for (const d of open) assert.ok((d.median as string) <= (d.p85 as string));
      const stalled = f.deliveries.filter((d) => d.stalled);
      assert.ok(stalled.some((d) => d.stalled?.waitingForName === 'Visma'));
      const producer = await t.login('forvaltare.trelleborg');
      assert.equal((await status(producer, 'GET', '/api/consortium/forecast')).status, 403);
    });

    it('draws savings curves and the yearly report', async () => {
      const s = await radet.json<{
        expected: { cumulative_sek: number }[];
        municipalities: { name: string }[];
      }>('GET', '/api/consortium/savings');
      assert.ok(s.expected.length > 12);
      assert.equal(s.municipalities.length, 16);
      const html = await radet.request('GET', '/api/consortium/reports/yearly/2021.html');
      assert.equal(html.statusCode, 200);
      assert.match(html.body, /Återrapportering/);
      assert.match(html.body, /8[\s\u00a0\u202f]?541/);
      assert.equal((await radet.request('GET', '/api/consortium/reports/yearly/2021.txt')).statusCode, 404);
    });
  });
}
