/**
 * The search plans of docs/adr/0011 "Session 4": query stems expanded to the indexed words they
 * start (or kept as prefixes past MAX_EXPANSION), tenant-scoped callers searching the
 * tenant-fused FTS5 table, restricted AIPs cut out with NOT, and many-tenant scopes falling back
 * to the shared table. Every query and scope is checked against a brute-force reference over the
 * same analysed words; on PostgreSQL the same scopes hold through the tsvector. Migration 0008
 * builds the new tables from an index written before it; the term list holds FTS5's own words.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { openDatabase } from '../../src/adapters/db/open-database.ts';
import { migrations } from '../../src/adapters/db/migrations/index.ts';
import { optimizeSearchIndex, searchAips, type AipScope } from '../../src/repositories/aips.ts';
import { ftsBody, queryStems, tsQuery } from '../../src/services/server/search-text.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { seedTitledAips } from './support/titled-aips.ts';

interface Row {
  id: string;
  tenant: string;
  title: string;
  restricted: boolean;
}

const ROWS: Row[] = [
  { id: 's-lund-1', tenant: 'lund', title: 'Bygglovsärenden 2001', restricted: false },
  { id: 's-lund-2', tenant: 'lund', title: 'Byggnadsnämndens protokoll 2001', restricted: true },
  { id: 's-lund-3', tenant: 'lund', title: 'Bygglovsritningar 2010', restricted: false },
  { id: 's-ystad-1', tenant: 'ystad', title: 'Bygglov skyddade uppgifter', restricted: true },
  { id: 's-ystad-2', tenant: 'ystad', title: 'Byggnadsinventering 2005', restricted: false },
  // Twenty words that start with 4711: more than MAX_EXPANSION, so the stem stays a prefix.
  ...Array.from({ length: 20 }, (_, i) => ({
    id: `s-trelleborg-${i}`,
    tenant: 'trelleborg',
    title: `Diarium 47110${String(i).padStart(2, '0')}`,
    restricted: i % 5 === 0,
  })),
];

/** 40 tenants: more fused words than MAX_FUSED_TERMS, so the shared table with the scope filter. */
const MANY = ['lund', 'trelleborg', ...Array.from({ length: 38 }, (_, i) => `other-${i}`)];

const SCOPES: Record<string, AipScope> = {
  consortium: { tenants: 'all', restrictedTenants: 'all' },
  'consortium, no restricted': { tenants: 'all', restrictedTenants: [] },
  'consortium, restricted in Lund': { tenants: 'all', restrictedTenants: ['lund'] },
  Lund: { tenants: ['lund'], restrictedTenants: 'all' },
  'Lund, no restricted': { tenants: ['lund'], restrictedTenants: [] },
  'Lund and Ystad, restricted in Ystad': { tenants: ['lund', 'ystad'], restrictedTenants: ['ystad'] },
  'many tenants, restricted in Trelleborg': { tenants: MANY, restrictedTenants: ['trelleborg'] },
};

const QUERIES = [
  'bygg',
  'bygglov',
  'byggnad',
  'nämnd',
  'ritningar',
  '2001',
  '4711',
  '471100',
  'diarium 4711',
  'bygg 2001',
  'xyzzy',
];

const visible = (r: Row, s: AipScope): boolean =>
  (s.tenants === 'all' || s.tenants.includes(r.tenant)) &&
  (!r.restricted || s.restrictedTenants === 'all' || s.restrictedTenants.includes(r.tenant));

/** The reference: every query stem starts one of the record's analysed words. */
function expected(query: string, scope: AipScope): string[] {
  const stems = queryStems(query);
  return ROWS.filter((r) => {
    const words = ftsBody(r.title).split(' ');
    return visible(r, scope) && stems.every((s) => words.some((w) => w.startsWith(s)));
  })
    .map((r) => r.id)
    .sort();
}

async function seed(ctx: ServiceContext): Promise<void> {
  await seedTitledAips(
    ctx,
    new Date(Date.UTC(2023, 0, 1)),
    ROWS.map((r, minute) => ({ ...r, minute })),
  );
}

for (const backend of BACKENDS) {
  describe(`search plans on ${backend.name}`, () => {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
      await seed(t.server.ctx);
    });
    after(() => t.close());

    const found = async (query: string, scope: AipScope): Promise<{ ids: string[]; total: number }> => {
      const ctx = t.server.ctx;
      const page = await searchAips(
        ctx.db,
        ctx.caps,
        scope,
        { stems: queryStems(query), tsquery: tsQuery(query) },
        { limit: 100, offset: 0 },
      );
      return { ids: page.rows.map((r) => r.id).sort(), total: page.total };
    };

    test('every scope sees exactly its tenants, and restricted AIPs only where it may', async () => {
      for (const [name, scope] of Object.entries(SCOPES)) {
        for (const query of ['bygg', 'diarium']) {
          const { ids } = await found(query, scope);
          const rows = ROWS.filter((r) => ids.includes(r.id));
          assert.ok(
            rows.every((r) => visible(r, scope)),
            `${query} / ${name}: ${ids.join(' ')}`,
          );
        }
      }
      assert.deepEqual((await found('bygg', SCOPES['Lund, no restricted'] as AipScope)).ids, [
        's-lund-1',
        's-lund-3',
      ]);
      assert.deepEqual((await found('bygg', SCOPES['Lund and Ystad, restricted in Ystad'] as AipScope)).ids, [
        's-lund-1',
        's-lund-3',
        's-ystad-1',
        's-ystad-2',
      ]);
      assert.equal((await found('diarium', SCOPES['consortium, no restricted'] as AipScope)).total, 16);
    });

    if (backend.name === 'sqlite') {
      test('every query in every scope finds what the reference finds, before and after optimize', async () => {
        for (const optimized of [false, true]) {
          if (optimized) await optimizeSearchIndex(t.server.ctx.db, t.server.ctx.caps);
          for (const [name, scope] of Object.entries(SCOPES)) {
            for (const query of QUERIES) {
              const { ids, total } = await found(query, scope);
              const want = expected(query, scope);
              assert.deepEqual(ids, want, `${query} / ${name} (optimized: ${optimized})`);
              assert.equal(total, want.length, `${query} / ${name}: total`);
            }
          }
        }
      });

      test('the term list holds the words of the FTS5 index', async () => {
        const db = t.server.ctx.db;
        const listed = await sql<{ term: string }>`SELECT term FROM aip_search_terms ORDER BY term`.execute(
          db,
        );
        await sql`CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, aip_search, col)`.execute(db);
        try {
          const indexed = await sql<{ term: string }>`
            SELECT DISTINCT term FROM temp.search_vocab WHERE col = 'body' ORDER BY term`.execute(db);
          assert.deepEqual(
            listed.rows.map((r) => r.term),
            indexed.rows.map((r) => r.term),
          );
        } finally {
          await sql`DROP TABLE temp.search_vocab`.execute(db);
        }
      });
    }
  });
}

describe('migration 0008 on an index written before it (SQLite)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'samarkiv-0008-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('builds the term list and the tenant-fused index from aip_search', async () => {
    const opened = await openDatabase(`sqlite:${join(dir, 'old.db')}`, { migrate: false });
    try {
      const all = migrations(opened.caps);
      const provider: MigrationProvider = { getMigrations: () => Promise.resolve(all) };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const migrator = new Migrator({ db: opened.db as Kysely<any>, provider });
      assert.equal((await migrator.migrateTo('0007-storage-audit')).error, undefined);
      await writeBefore0008(opened.db as Kysely<unknown>);
      assert.equal((await migrator.migrateToLatest()).error, undefined);
      const scope = (tenants: 'all' | string[], restrictedTenants: 'all' | string[]): AipScope => ({
        tenants,
        restrictedTenants,
      });
      const ids = async (query: string, s: AipScope) =>
        (
          await searchAips(
            opened.db,
            opened.caps,
            s,
            { stems: queryStems(query), tsquery: '' },
            { limit: 20, offset: 0 },
          )
        ).rows.map((r) => r.id);
      assert.deepEqual(await ids('bygglov', scope(['lund'], 'all')), ['old-lund']);
      assert.deepEqual(await ids('ärenden', scope(['lund'], 'all')), ['old-lund'], 'a compound tail');
      assert.deepEqual(await ids('bygglov', scope(['ystad'], [])), [], 'restricted in Ystad');
      assert.deepEqual(await ids('bygglov', scope(['ystad'], 'all')), ['old-ystad']);
      assert.deepEqual((await ids('bygglov', scope('all', 'all'))).sort(), ['old-lund', 'old-ystad']);
    } finally {
      await opened.close();
    }
  });
});

/** An AIP row and its aip_search row as migrations 0001–0007 left them (scope tokens of 0006). */
async function writeBefore0008(db: Kysely<unknown>): Promise<void> {
  const at = '2020-01-01T00:00:00.000Z';
  for (const tenant of ['lund', 'ystad']) {
    await sql`INSERT INTO tenants (id, kind, name, created_at) VALUES (${tenant}, 'municipality', ${tenant}, ${at})`.execute(
      db,
    );
  }
  const rows = [
    { id: 'old-lund', tenant: 'lund', restricted: 0, title: 'Bygglovsärenden', rowid: 1 },
    { id: 'old-ystad', tenant: 'ystad', restricted: 1, title: 'Bygglov', rowid: 2 },
  ];
  for (const r of rows) {
    await sql`INSERT INTO aips (id, tenant_id, title, search_text, state, size, file_count, package_key,
        restricted, created_at)
      VALUES (${r.id}, ${r.tenant}, ${r.title}, ${r.title}, 'preserved', 1, 0, ${`aip/${r.id}`},
        ${r.restricted}, ${at})`.execute(db);
    const scope = `t${Buffer.from(r.tenant).toString('hex')} r${r.restricted}`;
    await sql`INSERT INTO aip_search (rowid, aip_id, body, scope)
      VALUES (${r.rowid}, ${r.id}, ${ftsBody(r.title)}, ${scope})`.execute(db);
  }
}
