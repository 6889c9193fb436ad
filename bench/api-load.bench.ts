/**
 * npm run bench:api-load [-- --quick]: the search and list endpoints over 100,000 AIP records
 * (quick: 20,000) on the embedded default (SQLite), under 50 concurrent clients on loopback
 * (autocannon). Prints p50/p95/p99 latency of each endpoint and, as the baseline measured in the
 * same run, the p95 of GET /healthz (the HTTP stack's floor); the goal is p95 under 50 ms.
 * Final JSON lines: cases `api-list`, `api-search`, `api-search-tenant`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { argon2PasswordHasher } from '../src/adapters/crypto/argon2-password-hasher.ts';
import { insertAip } from '../src/repositories/aips.ts';
import { configFromEnv } from '../src/server/config.ts';
import { createServer } from '../src/server/create-server.ts';
import { createApiToken, loadPrincipal } from '../src/services/server/auth.ts';
import { findUserByUsername } from '../src/repositories/users.ts';
import { searchEntry } from '../src/services/server/search.ts';
import type { ServiceContext } from '../src/services/server/context.ts';

const quick = process.argv.includes('--quick');
const RECORDS = quick ? 20_000 : 100_000;
const CONNECTIONS = 50;
const SECONDS = quick ? 5 : 10;
const GOAL_MS = 50;

const TENANTS = [
  'bjuv',
  'horby',
  'klippan',
  'landskrona',
  'lund',
  'perstorp',
  'simrishamn',
  'sjobo',
  'skurup',
  'svedala',
  'trelleborg',
  'tomelilla',
  'ystad',
  'astorp',
  'angelholm',
  'orkelljunga',
];
const SYSTEMS = [
  'W3D3',
  'Procapita VoO',
  'Ecos',
  'Public 360',
  'Lifecare',
  'Visma Personec',
  'Agresso',
  'Combine',
];
const SUBJECTS = [
  'Bygglovsärenden',
  'Socialnämndens personakter',
  'Miljötillsyn livsmedelskontroll',
  'Kommunstyrelsens diarium',
  'Barn- och utbildningsnämndens protokoll',
  'Personalakter',
  'Leverantörsfakturor',
  'Detaljplaner',
  'Färdtjänsttillstånd',
  'Serveringstillstånd',
  'Skolskjutsbeslut',
  'Vårdnadsutredningar',
];
const CREATORS = [
  'Kommunstyrelsen',
  'Socialnämnden',
  'Miljö- och byggnadsnämnden',
  'Barn- och utbildningsnämnden',
];

async function seedAips(ctx: ServiceContext, count: number): Promise<void> {
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const tenantId = TENANTS[i % TENANTS.length] as string;
        const system = SYSTEMS[i % SYSTEMS.length] as string;
        const subject = SUBJECTS[(i * 7) % SUBJECTS.length] as string;
        const creator = CREATORS[(i * 3) % CREATORS.length] as string;
        const year = 1990 + (i % 30);
        const title = `${subject} ${year} – ${system}`;
        const reference = `SE/${tenantId.toUpperCase()}/${system.replace(/\s/g, '')}/${i}`;
        const caseNumbers = `KS ${year}/${String(i % 1000).padStart(5, '0')} BN ${year}/${String((i * 13) % 1000).padStart(5, '0')}`;
        const searchText = [
          title,
          creator,
          system,
          reference,
          caseNumbers,
          `${year}-01-01`,
          `${year}-12-31`,
        ].join(' ');
        const id = `bench-${String(i).padStart(7, '0')}`;
        const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString();
        await insertAip(
          trx,
          ctx.caps,
          {
            id,
            objid: id,
            tenantId,
            projectId: null,
            submissionId: null,
            title,
            recordsCreator: creator,
            systemName: system,
            dateFrom: `${year}-01-01`,
            dateTo: `${year}-12-31`,
            referenceCode: reference,
            restricted: false,
            createdAt: at,
            preservedAt: at,
            size: 1_000_000 + i,
            files: [],
            events: [],
            searchText,
          },
          [],
          searchEntry(ctx.caps, searchText),
        );
      }
    });
  }
}

interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly rps: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Runs autocannon against one or more paths, recording every response time for exact percentiles. */
async function load(base: string, paths: readonly string[], token: string): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon(
    {
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { authorization: `Bearer ${token}` },
      requests: paths.map((path) => ({ method: 'GET', path })),
    },
    () => undefined,
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-load-'));
  try {
    const config = configFromEnv({}, { dataDir, demo: true, port: 0, workers: 0, demoPassword: 'bench' });
    const server = await createServer(config, {
      passwords: argon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
      startWorkers: false,
    });
    const t0 = performance.now();
    await seedAips(server.ctx, RECORDS);
    process.stderr.write(
      `seeded ${RECORDS} AIP records in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    const address = await server.listen();
    const tokenFor = async (username: string): Promise<string> => {
      const user = await findUserByUsername(server.ctx.db, username);
      const principal = user && (await loadPrincipal(server.ctx, user.id));
      if (!principal) throw new Error(`no demo user ${username}`);
      return (await createApiToken(server.ctx, principal, 'bench')).token;
    };
    const archivist = await tokenFor('earkivarie');
    const municipal = await tokenFor('arkivarie.lund');

    const baseline = await load(address, ['/healthz'], archivist);
    const pages = Array.from({ length: 50 }, (_, i) => `/api/aips?page=${1 + i * 37}&pageSize=20`);
    const queries = [
      'bygglov',
      'personakter',
      'livsmedelskontroll',
      'W3D3',
      'diarium 2005',
      'KS 2010',
      'utredning',
    ];
    const cases = [
      { name: 'api-list', result: await load(address, pages, archivist) },
      {
        name: 'api-search',
        result: await load(
          address,
          queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
          archivist,
        ),
      },
      {
        name: 'api-search-tenant',
        result: await load(
          address,
          queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
          municipal,
        ),
      },
    ];
    await server.close();
    for (const c of cases) {
      const r = c.result;
      process.stdout.write(
        `${c.name}: ${r.requests} requests, ${r.rps.toFixed(0)}/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms ` +
          `(errors ${r.errors}, non-2xx ${r.non2xx}); /healthz p95 ${baseline.p95} ms; goal p95 < ${GOAL_MS} ms\n`,
      );
    }
    for (const c of cases) {
      const r = c.result;
      process.stdout.write(
        `${JSON.stringify({
          case: c.name,
          records: RECORDS,
          connections: CONNECTIONS,
          seconds: SECONDS,
          requests: r.requests,
          rps: Math.round(r.rps),
          p50_ms: r.p50,
          p95_ms: r.p95,
          p99_ms: r.p99,
          errors: r.errors + r.non2xx,
          baseline_healthz_p95_ms: baseline.p95,
          ratio_to_baseline: Number((r.p95 / Math.max(1, baseline.p95)).toFixed(2)),
          goal_p95_ms: GOAL_MS,
          goal_met: r.p95 < GOAL_MS && r.errors + r.non2xx === 0,
        })}\n`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
