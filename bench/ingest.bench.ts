/**
 * npm run bench:ingest [-- --quick]
 * A delivery through the running archive service, upload excluded: a generated SIP is placed in
 * quarantine and registered as a received version (as the end of an upload does), then the
 * server's own workers control it, a person approves it (checkpoints set, approval signed, through
 * the services in this process) and the workers ingest it into two local storage copies, each read
 * back and verified, until the delivery counts as preserved. Baseline in the same run:
 * `openssl dgst -sha256` over the same SIP file, and, to show what the disk allows, `cp` + `sync` of
 * the SIP into two files (the least that two durable copies cost). Cases: ingest-large (a few large files; 4 GB,
 * quick 512 MB) and ingest-small (50,000 small files in both modes). Prints the stages, the ratio
 * and the server's peak RSS, then one JSON line per case.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  approvalDepsFor,
  approveControlled,
  principalOf,
  receivedDelivery,
} from '../test/crash/deliveries.ts';
import { configFromEnv } from '../src/server/config.ts';
import { createServer, type Server } from '../src/server/create-server.ts';
import { generateSip } from './support/generate-sip.ts';
import { timed } from './support/measure.ts';

const quick = process.argv.includes('--quick');
const MB = 1024 * 1024;
const smallArg = process.argv.find((a) => a.startsWith('--small-files='));
const SMALL_FILES = smallArg ? Number(smallArg.split('=')[1]) : 50_000;
/** `--server-cpu-prof=<folder>`: the server writes a V8 CPU profile there when it stops. */
const profArg = process.argv.find((a) => a.startsWith('--server-cpu-prof='));
const SERVER_NODE_ARGS = profArg ? ['--cpu-prof', `--cpu-prof-dir=${profArg.split('=')[1]}`] : [];

interface CaseResult {
  case: string;
  seconds: number;
  baseline_seconds: number;
  ratio: number;
  peak_rss_mb: number;
  control_seconds: number;
  approval_seconds: number;
  ingest_seconds: number;
  files: number;
  bytes: number;
  sip_bytes: number;
  copies: number;
  baseline: string;
  /** Writing the SIP's bytes twice with fsync: what two durable copies cost on this disk at least. */
  disk_floor_seconds?: number;
  ratio_to_disk_floor?: number;
}

/**
 * A second, explanatory baseline: `cp` of the SIP into two files, in parallel, then `sync` of
 * both (fsync). No ingest that keeps two durable copies on this disk can be faster; the ratio to
 * it shows how much of the time is the disk rather than the code.
 */
async function diskFloor(sipPath: string, work: string): Promise<number> {
  const a = join(work, 'floor-a');
  const b = join(work, 'floor-b');
  const { seconds } = await timed('sh', [
    '-c',
    `cp '${sipPath}' '${a}' & cp '${sipPath}' '${b}' & wait; sync '${a}' '${b}'`,
  ]);
  await rm(a, { force: true });
  await rm(b, { force: true });
  return seconds;
}

interface RunningServer {
  readonly process: ChildProcess;
  stop(): Promise<void>;
  peakRssMb(): number;
}

/** `samarkiv serve` as a person starts it, with its workers; resolves once it listens. */
async function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_ARGS,
      'bin/samarkiv.js',
      'serve',
      '--demo',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--insecure-cookies',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SAMARKIV_LOG_LEVEL: 'warn' } },
  );
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on(
      'line',
      (l) => /listens on/.test(l) && resolve(),
    );
    void exited.then((code) => reject(new Error(`samarkiv serve exited with ${code}`)));
  });
  return {
    process: child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    peakRssMb() {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      return Number(hwm ?? 0) / 1024;
    },
  };
}

async function waitForState(server: Server, id: string, states: readonly string[]): Promise<string> {
  for (;;) {
    const row = await server.ctx.db
      .selectFrom('submissions')
      .select(['state', 'failure'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (states.includes(row.state)) return row.state;
    if (row.state === 'failed') throw new Error(`delivery failed: ${row.failure}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function runCase(name: string, work: string, sizes: readonly number[]): Promise<CaseResult> {
  const sip = await generateSip(join(work, 'sip'), sizes, { zip: true, text: true });
  const sipBytes = Number((await timed('stat', ['-c', '%s', sip.root])).stdout.trim());
  await timed('sh', ['-c', `cat '${sip.root}' > /dev/null`]); // both start from a warm page cache
  const base = await timed('openssl', ['dgst', '-sha256', sip.root]);
  const floor = await diskFloor(sip.root, work);
  const dataDir = join(work, 'data');
  const running = await startServer(dataDir);
  let server: Server | null = null;
  try {
    // This process plays the person: it registers the package and approves; it runs no workers.
    server = await createServer(configFromEnv({}, { dataDir, secureCookies: false, port: 0 }), {
      startWorkers: false,
    });
    const result = await deliver(name, server, running, dataDir, sip.root, base.seconds, sizes, sipBytes);
    return { ...result, disk_floor_seconds: floor, ratio_to_disk_floor: result.seconds / floor };
  } finally {
    await server?.close();
    await running.stop();
  }
}

/** One delivery from registration to preserved, timed per stage. */
async function deliver(
  name: string,
  server: Server,
  running: RunningServer,
  dataDir: string,
  sipPath: string,
  baselineSeconds: number,
  sizes: readonly number[],
  sipBytes: number,
): Promise<CaseResult> {
  const actor = await principalOf(server.ctx, 'earkivarie');
  const approval = await approvalDepsFor(server.ctx, dataDir);
  const t0 = performance.now();
  const { submissionId } = await receivedDelivery(server.ctx, dataDir, actor, {
    tenantId: 'lund',
    sipPath,
    title: name,
  });
  const t1 = performance.now(); // the copy into quarantine and the arrival checksum belong to the upload
  const controlled = await waitForState(server, submissionId, ['controlled']);
  const t2 = performance.now();
  if (controlled !== 'controlled') throw new Error(controlled);
  await approveControlled(server.ctx, approval, actor, submissionId).catch(async (e: unknown) => {
    const row = await server.ctx.db
      .selectFrom('submissions')
      .select('report')
      .where('id', '=', submissionId)
      .executeTakeFirst();
    const failed = (
      JSON.parse(row?.report ?? '{}') as {
        results?: { status: string; severity?: string; requirement: string; message: string }[];
      }
    ).results
      ?.filter((r) => r.status === 'failed')
      .map((r) => `${r.requirement}: ${r.message}`);
    process.stderr.write(`${name}: control findings: ${JSON.stringify(failed?.slice(0, 5))}\n`);
    throw e;
  });
  const t3 = performance.now();
  await waitForState(server, submissionId, ['preserved']);
  const t4 = performance.now();
  const peak = running.peakRssMb();
  const seconds = (t4 - t1) / 1000;
  process.stderr.write(
    `${name}: place+arrival check ${((t1 - t0) / 1000).toFixed(2)} s (excluded); control ${((t2 - t1) / 1000).toFixed(2)} s, approval ${((t3 - t2) / 1000).toFixed(2)} s, ingest ${((t4 - t3) / 1000).toFixed(2)} s\n`,
  );
  return {
    case: name,
    seconds,
    baseline_seconds: baselineSeconds,
    ratio: seconds / baselineSeconds,
    peak_rss_mb: peak,
    control_seconds: (t2 - t1) / 1000,
    approval_seconds: (t3 - t2) / 1000,
    ingest_seconds: (t4 - t3) / 1000,
    files: sizes.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    sip_bytes: sipBytes,
    copies: 2,
    baseline: 'openssl dgst -sha256',
  };
}

function largeSizes(): number[] {
  const total = quick ? 512 * MB : 4096 * MB;
  return [total / 4, total / 4, total / 4, total / 4];
}

function smallSizes(): number[] {
  let seed = 42;
  return Array.from({ length: SMALL_FILES }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 1024 + (seed % (19 * 1024));
  });
}

const work = await mkdtemp(join(tmpdir(), 'samarkiv-bench-ingest-'));
try {
  const results: CaseResult[] = [];
  for (const [name, sizes] of [
    ['ingest-large', largeSizes()],
    ['ingest-small', smallSizes()],
  ] as const) {
    const caseDir = join(work, name);
    const r = await runCase(name, caseDir, sizes);
    process.stderr.write(
      `${r.case}: ${r.files} files, ${(r.bytes / MB).toFixed(0)} MiB (SIP ${(r.sip_bytes / MB).toFixed(0)} MiB), ${r.copies} copies, in ${r.seconds.toFixed(2)} s; ${r.baseline} ${r.baseline_seconds.toFixed(2)} s; ratio ${r.ratio.toFixed(2)}; two durable copies by cp+sync ${r.disk_floor_seconds?.toFixed(2)} s (ratio to that ${r.ratio_to_disk_floor?.toFixed(2)}); server peak RSS ${r.peak_rss_mb.toFixed(0)} MB\n`,
    );
    results.push(r);
    await rm(caseDir, { recursive: true, force: true });
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  for (const r of results) {
    process.stdout.write(
      `${JSON.stringify({ ...r, seconds: round(r.seconds), baseline_seconds: round(r.baseline_seconds), ratio: round(r.ratio), disk_floor_seconds: round(r.disk_floor_seconds ?? 0), ratio_to_disk_floor: round(r.ratio_to_disk_floor ?? 0), peak_rss_mb: Math.round(r.peak_rss_mb), control_seconds: round(r.control_seconds), approval_seconds: round(r.approval_seconds), ingest_seconds: round(r.ingest_seconds), quick })}\n`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
