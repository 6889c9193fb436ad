/**
 * The AIP list and search as the speed work left them (docs/adr/0011), over both backends: page
 * numbers and cursors give the same newest-first order; a search ranks up to SEARCH_RANK_CAP hits
 * by relevance and returns more newest first (counted up to SEARCH_COUNT_CAP); tenant and
 * restricted scoping hold inside the full-text index; restricted AIPs shown are still audited; a
 * logout ends the session at once although resolved sessions are cached. Records are inserted
 * directly (no ingest): small and fast.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SEARCH_COUNT_CAP, SEARCH_RANK_CAP } from '../../src/repositories/aips.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { seedTitledAips, type TitledAip } from './support/titled-aips.ts';

interface Hit {
  id: string;
  title: string;
  tenantId: string;
  restricted: boolean;
}
interface Page {
  total: number;
  items: Hit[];
  nextCursor?: string | null;
  totalIsLowerBound?: boolean;
  order?: string;
}

const MANY = SEARCH_COUNT_CAP + 5;

/** `MANY` "Personalakter" AIPs in Lund and Ystad, minutes apart, plus a few distinct ones. */
async function seed(ctx: ServiceContext): Promise<void> {
  const rows: TitledAip[] = [];
  for (let i = 0; i < MANY; i++) {
    rows.push({
      id: `aip-many-${String(i).padStart(4, '0')}`,
      tenant: i % 2 ? 'ystad' : 'lund',
      title: `Personalakter ${1990 + (i % 30)}`,
      restricted: false,
      minute: i,
    });
  }
  rows.push(
    { id: 'aip-bygg-1', tenant: 'lund', title: 'Bygglovsärenden 2001', restricted: false, minute: MANY },
    {
      id: 'aip-bygg-2',
      tenant: 'lund',
      title: 'Bygglov bygglov bygglovsritningar',
      restricted: false,
      minute: MANY + 1,
    },
    {
      id: 'aip-secret',
      tenant: 'ystad',
      title: 'Bygglov skyddade uppgifter',
      restricted: true,
      minute: MANY + 2,
    },
  );
  await seedTitledAips(
    ctx,
    new Date(Date.UTC(2022, 0, 1)),
    rows.map((r) => ({ ...r, recordsCreator: 'Kommunstyrelsen', systemName: 'Public 360' })),
  );
}

for (const backend of BACKENDS) {
  describe(`AIP list and search on ${backend.name}`, () => {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
      await seed(t.server.ctx);
    });
    after(() => t.close());

    test('cursor paging gives the same newest-first order as page numbers', async () => {
      const c = await t.login('earkivarie');
      const byNumber: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const p = await c.json<Page>('GET', `/api/aips?pageSize=7&page=${page}`);
        byNumber.push(...p.items.map((h) => h.id));
      }
      const byCursor: string[] = [];
      let url = '/api/aips?pageSize=7';
      for (let i = 0; i < 3; i++) {
        const p = await c.json<Page>('GET', url);
        assert.equal(p.total, MANY + 3);
        byCursor.push(...p.items.map((h) => h.id));
        assert.ok(p.nextCursor);
        url = `/api/aips?pageSize=7&after=${p.nextCursor}`;
      }
      assert.deepEqual(byCursor, byNumber);
      assert.deepEqual(byNumber.slice(0, 3), ['aip-secret', 'aip-bygg-2', 'aip-bygg-1']);
      const last = await c.json<Page>('GET', `/api/aips?pageSize=100&page=${Math.ceil((MANY + 3) / 100)}`);
      assert.equal(last.nextCursor, null);
      const bad = await c.request('GET', '/api/aips?after=not-a-cursor');
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { code: string }).code, 'ARC_ERR_REQUEST_INVALID');
    });

    test('up to the rank cap hits are ranked by relevance, past it newest first', async () => {
      const c = await t.login('earkivarie');
      const few = await c.json<Page>('GET', '/api/search?q=bygglov');
      assert.equal(few.order, 'relevance');
      assert.equal(few.total, 3);
      assert.equal(few.totalIsLowerBound, false);
      assert.equal(few.items[0]?.id, 'aip-bygg-2', 'the title that says bygglov three times first');

      const some = await c.json<Page>('GET', '/api/search?q=personalakter%201990&pageSize=100');
      assert.equal(some.total, Math.ceil(MANY / 30));
      assert.ok(some.total <= SEARCH_RANK_CAP);
      assert.equal(some.order, 'relevance');
      const between = await c.json<Page>('GET', '/api/search?q=personalakter&tenant=ystad&pageSize=3');
      assert.ok(between.total > SEARCH_RANK_CAP && between.total <= SEARCH_COUNT_CAP);
      assert.equal(between.order, 'newest');
      assert.equal(between.totalIsLowerBound, false);
      assert.deepEqual(
        between.items.map((h) => h.id),
        ['aip-many-1003', 'aip-many-1001', 'aip-many-0999'],
      );

      const many = await c.json<Page>('GET', '/api/search?q=personalakter&pageSize=5');
      assert.equal(many.order, 'newest');
      assert.equal(many.total, SEARCH_COUNT_CAP);
      assert.equal(many.totalIsLowerBound, true);
      const newest = Array.from({ length: 5 }, (_, i) => `aip-many-${String(MANY - 1 - i).padStart(4, '0')}`);
      assert.deepEqual(
        many.items.map((h) => h.id),
        newest,
      );
      const deep = await c.json<Page>('GET', `/api/search?q=personalakter&pageSize=5&page=${MANY / 5}`);
      assert.deepEqual(
        deep.items.map((h) => h.id),
        ['aip-many-0004', 'aip-many-0003', 'aip-many-0002', 'aip-many-0001', 'aip-many-0000'],
        'pages past the counted cap still reach the oldest hit',
      );
    });

    test('tenant and restricted scoping hold in search and list', async () => {
      const lasare = await t.login('lasare.ystad');
      const hits = await lasare.json<Page>('GET', '/api/search?q=bygglov');
      assert.deepEqual(hits.items, [], 'no Lund AIPs, and not the restricted Ystad one');
      const ystadMany = await lasare.json<Page>('GET', '/api/search?q=personalakter&pageSize=100');
      assert.ok(ystadMany.items.length > 0);
      assert.ok(ystadMany.items.every((h) => h.tenantId === 'ystad'));
      const list = await lasare.json<Page>('GET', '/api/aips?pageSize=100');
      assert.equal(list.total, Math.floor(MANY / 2), 'the Ystad half, without the restricted one');
      assert.ok(list.items.every((h) => h.tenantId === 'ystad' && !h.restricted));

      const lund = await t.login('arkivarie.lund');
      const lundHits = await lund.json<Page>('GET', '/api/search?q=bygglov');
      assert.deepEqual(lundHits.items.map((h) => h.id).sort(), ['aip-bygg-1', 'aip-bygg-2']);
      const narrowed = await (
        await t.login('earkivarie')
      ).json<Page>('GET', '/api/search?q=bygglov&tenant=ystad');
      assert.deepEqual(
        narrowed.items.map((h) => h.id),
        ['aip-secret'],
      );
    });

    test('restricted AIPs shown in a list or search are audited', async () => {
      const db = t.server.ctx.db;
      const count = async (action: string) =>
        (
          await db
            .selectFrom('audit_log')
            .select('seq')
            .where('action', '=', action)
            .where('object_id', '=', 'aip-secret')
            .execute()
        ).length;
      const c = await t.login('earkivarie');
      const [listed, searched] = [await count('aip.list-restricted'), await count('aip.search-restricted')];
      await c.json('GET', '/api/aips?pageSize=1');
      await c.json('GET', '/api/search?q=skyddade');
      assert.equal(await count('aip.list-restricted'), listed + 1);
      assert.equal(await count('aip.search-restricted'), searched + 1);
    });

    test('a logout ends the session at once, although sessions are cached', async () => {
      const c = await t.login('arkivarie.lund');
      assert.equal((await c.request('GET', '/api/aips?pageSize=1')).statusCode, 200);
      assert.equal((await c.request('POST', '/api/logout')).statusCode < 300, true);
      assert.equal((await c.request('GET', '/api/aips?pageSize=1')).statusCode, 401);
    });
  });
}
