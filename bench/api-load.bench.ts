/**
 * npm run bench:api-load [-- --quick] [-- --case api-list|api-search|api-search-tenant]
 * [-- --data-dir DIR] [-- --http-processes N]: the search and list endpoints over 100,000 AIP
 * records (quick: 20,000) on the embedded default (SQLite), under 50 concurrent clients on loopback
 * (autocannon). The server
 * runs in a child process of its own (BENCH_SERVER_NODE_ARGS adds node flags to it, e.g.
 * `--cpu-prof`), so that the load generator does not share the server's thread; it serves with one
 * HTTP process per core unless `--http-processes` says otherwise (docs/adr/0015). Prints p50/p95/p99
 * latency and req/s of each endpoint and, as the baseline measured in the same run, those of
 * GET /healthz (the HTTP stack's floor); the goal is p95 under 50 ms. Server CPU per request is
 * given for the server's processes and for their main threads (the ones that queue requests).
 * The list pages by cursor (`after`); `api-list-offset` (page numbers) is printed for comparison.
 * Final JSON lines: cases `api-list`, `api-search`, `api-search-tenant`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import cluster from 'node:cluster';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { argon2PasswordHasher } from '../src/adapters/crypto/argon2-password-hasher.ts';
import { insertAip } from '../src/repositories/aips.ts';
import { configFromEnv } from '../src/server/config.ts';
import { createServer } from '../src/server/create-server.ts';
import { startService } from '../src/server/serve-processes.ts';
import { createApiToken, loadPrincipal } from '../src/services/server/auth.ts';
import { findUserByUsername } from '../src/repositories/users.ts';
import { cursorOf, searchEntry } from '../src/services/server/search.ts';
import type { ServiceContext } from '../src/services/server/context.ts';

const quick = process.argv.includes('--quick');
const RECORDS = quick ? 20_000 : 100_000;
const CONNECTIONS = 50;
const SECONDS = quick ? 5 : 10;
const GOAL_MS = 50;
/** List depths: pages 1, 1 + step, … (50 of them; full size down to page 1,814 = row 36,260). */
const PAGE_STEP = quick ? 7 : 37;

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

/** A small seeded PRNG (mulberry32): the same records every run, without the moduli lining up. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

async function seedAips(ctx: ServiceContext, count: number): Promise<void> {
  const batch = 1000;
  const r = random(4711);
  for (let start = 0; start < count; start += batch) {
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const tenantId = pick(r, TENANTS);
        const system = pick(r, SYSTEMS);
        const subject = pick(r, SUBJECTS);
        const creator = pick(r, CREATORS);
        const year = 1990 + Math.floor(r() * 30);
        const title = `${subject} ${year} – ${system}`;
        const reference = `SE/${tenantId.toUpperCase()}/${system.replace(/\s/g, '')}/${i}`;
        const caseNumbers = `KS ${year}/${String(Math.floor(r() * 1000)).padStart(5, '0')} BN ${year}/${String(Math.floor(r() * 1000)).padStart(5, '0')}`;
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
  /** The server process's CPU time per request (ms, every thread), measured from /proc. */
  readonly serverCpuMs?: number;
  /** The same for the server's main thread alone. */
  readonly mainThreadCpuMs?: number;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

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
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    rps: result.requests.average,
  };
}

/**
 * The server runs in a child process: autocannon in the same process would take the server's
 * thread. It serves with as many HTTP processes as the machine has cores (`--http-processes N`
 * to choose), as `samarkiv serve --http-processes` does (docs/adr/0015).
 */
async function serveChild(dataDir: string): Promise<void> {
  const config = configFromEnv(
    {},
    { dataDir, demo: true, port: 0, workers: 0, demoPassword: 'bench', httpProcesses: httpProcesses() },
  );
  const service = await startService(config, { startWorkers: false, sampleDeliveries: false });
  if (!cluster.isWorker) process.stdout.write(`${service.address}\n`);
  const stop = () => void service.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function httpProcesses(): number {
  const n = argValue('--http-processes');
  return n === undefined ? availableParallelism() : Number(n);
}

/** Starts the server child (extra node flags from BENCH_SERVER_NODE_ARGS, e.g. --cpu-prof). */
async function startChild(dataDir: string): Promise<{
  address: string;
  cpuMs: () => number;
  mainThreadCpuMs: () => number;
  stop: () => Promise<void>;
}> {
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ...extra,
      fileURLToPath(import.meta.url),
      '--serve',
      dataDir,
      '--http-processes',
      String(httpProcesses()),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`server child exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    address,
    // The server's processes: the child and, with several HTTP processes, its children.
    cpuMs: () => sum(serverPids(child.pid), (pid) => processCpuMs(`/proc/${pid}/stat`)),
    // The main threads alone (a task id is its pid): what a request queues for, when a server
    // moves work to other threads (docs/adr/0011, Session 4).
    mainThreadCpuMs: () => sum(serverPids(child.pid), (pid) => processCpuMs(`/proc/${pid}/task/${pid}/stat`)),
    stop,
  };
}

/** The server child and its own children (the HTTP processes), from /proc (Linux). */
function serverPids(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return [pid, ...children.filter(Boolean).map(Number)];
  } catch {
    return [pid];
  }
}

const sum = (xs: readonly number[], f: (x: number) => number): number => xs.reduce((a, x) => a + f(x), 0);

/**
 * CPU time (user + system) of a process so far, from /proc (Linux; NaN elsewhere): the server's
 * CPU per request does not depend on how busy the rest of the machine is, unlike latency.
 */
function processCpuMs(statFile: string): number {
  try {
    const stat = readFileSync(statFile, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times (100 on every common kernel). */
const CLOCK_TICKS = 100;

/** Seeds the AIP records and the demo users once; returns API tokens for the two callers. */
async function seed(
  dataDir: string,
): Promise<{ archivist: string; municipal: string; listCursors: Map<number, string> }> {
  const config = configFromEnv({}, { dataDir, demo: true, port: 0, workers: 0, demoPassword: 'bench' });
  const server = await createServer(config, {
    passwords: argon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    startWorkers: false,
    sampleDeliveries: false,
  });
  try {
    const existing = await server.ctx.db
      .selectFrom('aips')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    if (Number(existing?.n ?? 0) < RECORDS) {
      const t0 = performance.now();
      await seedAips(server.ctx, RECORDS);
      process.stderr.write(
        `seeded ${RECORDS} AIP records in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
    }
    const tokenFor = async (username: string): Promise<string> => {
      const user = await findUserByUsername(server.ctx.db, username);
      const principal = user && (await loadPrincipal(server.ctx, user.id));
      if (!principal) throw new Error(`no demo user ${username}`);
      return (await createApiToken(server.ctx, principal, 'bench')).token;
    };
    const listCursors = new Map<number, string>();
    for (let i = 1; i < 50; i++) {
      const page = 1 + i * PAGE_STEP;
      const before = await server.ctx.db
        .selectFrom('aips')
        .select(['created_at', 'id'])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .offset((page - 1) * 20 - 1)
        .limit(1)
        .executeTakeFirstOrThrow();
      listCursors.set(page, cursorOf(before));
    }
    return {
      archivist: await tokenFor('earkivarie'),
      municipal: await tokenFor('arkivarie.lund'),
      listCursors,
    };
  } finally {
    await server.close();
  }
}

const QUERIES = [
  'bygglov',
  'personakter',
  'livsmedelskontroll',
  'W3D3',
  'diarium 2005',
  'KS 2010',
  'utredning',
];

async function main(): Promise<void> {
  // --data-dir DIR keeps the seeded records between runs (for profiling); default: a fresh temp dir.
  const kept = argValue('--data-dir');
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'samarkiv-load-'));
  try {
    const { archivist, municipal, listCursors } = await seed(dataDir);
    const { address, cpuMs, mainThreadCpuMs, stop } = await startChild(dataDir);
    // 50 depths down to page 1,814 of 20 (row 36,260): by cursor, as a client paging on reaches
    // them, and (informational) by page number, which walks every row before the page.
    const depths = Array.from({ length: 50 }, (_, i) => 1 + i * PAGE_STEP);
    const offsets = depths.map((page) => `/api/aips?page=${page}&pageSize=20`);
    const cursors = depths.map((page, i) =>
      i === 0 ? '/api/aips?pageSize=20' : `/api/aips?after=${listCursors.get(page)}&pageSize=20`,
    );
    const searches = QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    const cases: { name: string; paths: string[]; token: string }[] = [
      { name: 'api-healthz', paths: ['/healthz'], token: archivist },
      { name: 'api-list', paths: cursors, token: archivist },
      { name: 'api-list-offset', paths: offsets, token: archivist },
      { name: 'api-search', paths: searches, token: archivist },
      { name: 'api-search-tenant', paths: searches, token: municipal },
    ];
    const only = argValue('--case');
    const results: { name: string; result: LoadResult }[] = [];
    try {
      for (const c of cases) {
        if (only && c.name !== only && c.name !== 'api-healthz') continue;
        const cpuBefore = cpuMs();
        const mainBefore = mainThreadCpuMs();
        const result = await load(address, c.paths, c.token);
        const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
        const serverCpuMs = perRequest(cpuMs() - cpuBefore);
        const mainCpuMs = perRequest(mainThreadCpuMs() - mainBefore);
        results.push({ name: c.name, result: { ...result, serverCpuMs, mainThreadCpuMs: mainCpuMs } });
      }
    } finally {
      await stop();
    }
    report(results);
  } finally {
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function report(results: readonly { name: string; result: LoadResult }[]): void {
  const baseline = results.find((c) => c.name === 'api-healthz')?.result;
  const floor = baseline?.p95 ?? NaN;
  for (const c of results) {
    const r = c.result;
    process.stdout.write(
      `${c.name}: ${r.requests} requests, ${r.rps.toFixed(0)}/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms ` +
        `(errors ${r.errors}, non-2xx ${r.non2xx}); server CPU ${r.serverCpuMs} ms/request ` +
        `(main thread ${r.mainThreadCpuMs}); ` +
        `/healthz p95 ${floor} ms; goal p95 < ${GOAL_MS} ms\n`,
    );
  }
  for (const c of results) {
    if (c.name === 'api-healthz' || c.name === 'api-list-offset') continue;
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
        server_cpu_ms_per_request: r.serverCpuMs,
        server_main_thread_cpu_ms_per_request: r.mainThreadCpuMs,
        http_processes: httpProcesses(),
        load_average_1m: Number(loadavg()[0]?.toFixed(2)),
        baseline_healthz_p95_ms: floor,
        ratio_to_baseline: Number((r.p95 / Math.max(1, floor)).toFixed(2)),
        goal_p95_ms: GOAL_MS,
        goal_met: r.p95 < GOAL_MS && r.errors + r.non2xx === 0,
      })}\n`,
    );
  }
}

if (process.argv.includes('--serve')) await serveChild(argValue('--serve') as string);
else await main();
