/**
 * Crash safety of delivery control and ingest (issue 4): the archive server runs as a child process
 * with its workers and is killed with SIGKILL at random points of its work, at least 50 times, while
 * deliveries are controlled, approved (by a person, in this process, between the crashes) and
 * ingested into two storage copies. After every crash, and after a last run to the end, every
 * delivery must be preserved with every copy verified or resumable, never half-stored, never
 * offered for approval without its package; the audit chain must hold and nothing may be left
 * outside the data folder's areas.
 *
 * A killed worker's lease would run out after 5 minutes; the test lets that time pass by expiring
 * the leases of the dead process's jobs. The random points come from a seeded generator
 * (SAMARKIV_CRASH_SEED, printed) so that a failure can be replayed; SAMARKIV_CRASH_KILLS sets the
 * number of crashes (default: 50 on SQLite, 20 on PostgreSQL). One test body runs over both.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { generateSip } from '../../bench/support/generate-sip.ts';
import { openFsBlobStore } from '../../src/adapters/blob/fs/blob-store.ts';
import { argon2PasswordHasher } from '../../src/adapters/crypto/argon2-password-hasher.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import { configFromEnv } from '../../src/server/config.ts';
import { createServer, type Server } from '../../src/server/create-server.ts';
import type { ApprovalDeps } from '../../src/services/server/approval.ts';
import { verifyAuditLog } from '../../src/services/server/audit-verify.ts';
import { BACKENDS, type Backend } from '../support/backends.ts';
import { checkCrashState, strayFiles } from './invariants.ts';
import { approvalDepsFor, approveControlled, principalOf, receivedDelivery } from './deliveries.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
const EXAMPLE_SIP = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));
/**
 * Crashes per backend: 50 on the embedded default (SQLite), 20 on PostgreSQL, where the same body
 * runs again to show the job table and transactions hold there too (about 15 s a crash on 2 cores:
 * both at 50 would add 25 minutes to every test run). SAMARKIV_CRASH_KILLS sets both.
 */
const KILLS_BY_BACKEND: Record<string, number> = { sqlite: 50, postgres: 20 };
const killsFor = (backend: string): number =>
  Number(process.env.SAMARKIV_CRASH_KILLS ?? KILLS_BY_BACKEND[backend] ?? 50);
const SEED = Number(process.env.SAMARKIV_CRASH_SEED ?? 20261126);
/** Deliveries waiting for work are topped up to this many so that every crash lands in work. */
const OPEN_WORK = 3;
const MAX_DELIVERIES = 40;

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Child {
  readonly process: ChildProcess;
  readonly loaded: Promise<void>;
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
  go(): void;
  output(): string;
}

/** Every child still alive, killed when a test ends early so that none outlives it. */
const alive = new Set<ChildProcess>();
const log = (msg: string): void => {
  if (process.env.SAMARKIV_CRASH_VERBOSE) process.stderr.write(`${msg}\n`);
};

function spawnChild(env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  let output = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-4000)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const seen = new Map<string, () => void>();
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (l) => seen.get(l)?.());
  const waitFor = (word: string): Promise<void> =>
    new Promise((resolve, reject) => {
      seen.set(word, resolve);
      void exited.then((code) => reject(new Error(`child exited (${code}) before '${word}': ${output}`)));
    });
  const loaded = waitFor('loaded');
  const ready = waitFor('ready');
  loaded.catch(() => {});
  ready.catch(() => {});
  return {
    process: child,
    loaded,
    ready,
    exited,
    go: () => child.stdin?.write('go\n'),
    output: () => output,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

for (const backend of BACKENDS) {
  describe(`crash safety of control and ingest (${backend.name})`, () => {
    let dataDir: string;
    let database: Awaited<ReturnType<Backend['create']>>;
    let server: Server;
    let approval: ApprovalDeps;
    let generated: string;

    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-crash-'));
      database = await backend.create();
      const config = configFromEnv(
        {},
        {
          dataDir,
          databaseUrl: database.url,
          demo: true,
          demoPassword: 'crash',
          secureCookies: false,
          port: 0,
        },
      );
      // This process prepares deliveries and approves like a person; it runs no workers.
      server = await createServer(config, {
        startWorkers: false,
        passwords: argon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
      });
      approval = await approvalDepsFor(server.ctx, dataDir);
      // A delivery of a few hundred text files (a few MB), so that an ingest takes long enough to be cut.
      const sizes = Array.from({ length: 300 }, (_, i) => 4000 + ((i * 7919) % 16000));
      generated = (
        await generateSip(join(tmpdir(), `${database.url.length}-${process.pid}`), sizes, {
          zip: true,
          text: true,
        })
      ).root;
    });
    after(async () => {
      for (const child of alive) child.kill('SIGKILL');
      await server?.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
      if (generated) rmSync(join(generated, '..'), { recursive: true, force: true });
    });

    test(
      `${killsFor(backend.name)} crashes (SIGKILL) at random points leave every delivery preserved or resumable`,
      { timeout: 30 * 60_000 },
      async () => {
        const ctx = server.ctx;
        const storage = server.config.storage.map((l) => l.slice(3));
        const stores = storage.map((f) => openFsBlobStore(f));
        const actor = await principalOf(ctx, 'earkivarie');
        const ids = new Set<string>();
        let made = 0;
        const addDelivery = async (): Promise<void> => {
          const sipPath = made % 2 === 0 ? generated : EXAMPLE_SIP;
          const { submissionId } = await receivedDelivery(ctx, dataDir, actor, {
            tenantId: ['lund', 'trelleborg', 'ystad'][made % 3] as string,
            sipPath,
            title: `Krocktest ${++made}`,
          });
          ids.add(submissionId);
        };
        // Two deliveries approved before the first crash (ingest jobs first in the queue), four received.
        await addDelivery();
        await addDelivery();
        await createWorker(ctx, server.handlers).drain();
        for (const id of ids) await approveControlled(ctx, approval, actor, id);
        for (let i = 0; i < 4; i++) await addDelivery();

        const approveReady = async (): Promise<void> => {
          const controlled = await ctx.db
            .selectFrom('submissions')
            .select('id')
            .where('state', '=', 'controlled')
            .execute();
          for (const s of controlled) await approveControlled(ctx, approval, actor, s.id);
        };
        const submissionIds = async (): Promise<Set<string>> =>
          new Set((await ctx.db.selectFrom('submissions').select('id').execute()).map((s) => s.id));
        const openJobs = async (): Promise<number> =>
          (await ctx.db.selectFrom('jobs').select('id').where('state', 'in', ['queued', 'running']).execute())
            .length;
        const env = {
          SAMARKIV_DATA_DIR: dataDir,
          SAMARKIV_DATABASE_URL: database.url,
          SAMARKIV_WORKERS: '2',
          SAMARKIV_LOG_LEVEL: 'warn',
        };

        const random = prng(SEED);
        const interrupted: Record<string, number> = { control: 0, ingest: 0, none: 0 };
        let partialAipsSeen = 0;
        let windowMs = 2000;
        let idleCycles = 0;
        const t0 = Date.now();
        let standby = spawnChild(env);
        for (let kill = 1; kill <= killsFor(backend.name); kill++) {
          const child = standby;
          await child.loaded;
          standby = spawnChild(env); // loads its modules while this one works
          const doneBefore = (
            await ctx.db.selectFrom('jobs').select('id').where('state', '=', 'done').execute()
          ).length;
          child.go();
          await child.ready;
          const delay = 30 + random() * (windowMs - 30);
          await sleep(delay);
          child.process.kill('SIGKILL');
          await child.exited;
          const running = await ctx.db
            .selectFrom('jobs')
            .select(['id', 'kind'])
            .where('state', '=', 'running')
            .execute();
          for (const j of running) interrupted[j.kind] = (interrupted[j.kind] ?? 0) + 1;
          if (running.length === 0) interrupted.none = (interrupted.none ?? 0) + 1;
          // The dead process's leases run out (5 minutes pass).
          await ctx.db
            .updateTable('jobs')
            .set({ locked_until: '1970-01-01T00:00:00.000Z' })
            .where('state', '=', 'running')
            .execute();
          log(
            `crash ${kill}: after ${delay.toFixed(0)} ms, cut ${JSON.stringify(running.map((j) => j.kind))}`,
          );
          const state = await checkCrashState(ctx, stores, storage, dataDir);
          assert.deepEqual(state.problems, [], `after crash ${kill} (seed ${SEED}, ${delay.toFixed(0)} ms)`);
          assert.deepEqual(strayFiles(dataDir, await submissionIds(), false), [], `after crash ${kill}`);
          partialAipsSeen += state.interruptedAips;
          // A person approves what control finished; new deliveries keep the workers busy.
          await approveReady();
          while ((await openJobs()) < OPEN_WORK && made < MAX_DELIVERIES) await addDelivery();
          // Jobs longer than the window would never finish: widen it when nothing completes.
          const doneAfter = (
            await ctx.db.selectFrom('jobs').select('id').where('state', '=', 'done').execute()
          ).length;
          idleCycles = doneAfter > doneBefore ? 0 : idleCycles + 1;
          if (idleCycles >= 3) windowMs = Math.min(windowMs * 1.5, 60_000);
        }
        const crashSeconds = (Date.now() - t0) / 1000;

        // The last run goes to the end: every open job finishes, controlled deliveries are approved.
        await standby.loaded;
        standby.go();
        await standby.ready;
        const deadline = Date.now() + 20 * 60_000;
        for (;;) {
          await approveReady();
          if ((await openJobs()) === 0) break;
          assert.ok(Date.now() < deadline, 'the last run did not finish its jobs');
          await sleep(300);
        }
        standby.process.stdin?.write('stop\n');
        assert.equal(await standby.exited, 0, standby.output());

        const final = await checkCrashState(ctx, stores, storage, dataDir);
        assert.deepEqual(final.problems, []);
        // Every delivery, the demo's sample delivery included, ends preserved.
        assert.equal(final.preserved, (await submissionIds()).size, 'every delivery ends preserved');
        assert.deepEqual(strayFiles(dataDir, await submissionIds(), true), []);
        const failedJobs = await ctx.db
          .selectFrom('jobs')
          .select(['kind', 'last_error'])
          .where('state', '!=', 'done')
          .execute();
        assert.deepEqual(failedJobs, []);
        const audit = await verifyAuditLog(ctx);
        assert.ok(audit.ok, JSON.stringify(audit.problems.slice(0, 5)));
        assert.ok((interrupted.ingest ?? 0) > 0, 'some crash must cut an ingest');
        process.stderr.write(
          `crash test (${backend.name}, seed ${SEED}): ${killsFor(backend.name)} crashes in ${crashSeconds.toFixed(0)} s; jobs cut: ${JSON.stringify(interrupted)}; ` +
            `partial AIPs found and later replaced: ${partialAipsSeen}; deliveries: ${ids.size} preserved; ` +
            `window ${windowMs.toFixed(0)} ms; leftover temporary files of killed writes: ${final.tempFiles}\n`,
        );
      },
    );
  });
}
