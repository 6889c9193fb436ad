/**
 * npm run bench:validate [-- --quick] [-- --case validate-small-files|validate-large-files]
 * Validates generated SIPs and compares with a baseline measured in the same run over the same
 * bytes: `openssl dgst -sha256` for large files, `sha256sum` for many small files. Prints one JSON
 * line per case: {"case","seconds","baseline_seconds","ratio","peak_rss_mb"}.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSip } from './support/generate-sip.ts';
import { timed } from './support/measure.ts';

const quick = process.argv.includes('--quick');
/** --case NAME runs one case only (a re-measurement need not generate 8 GiB for the other). */
const onlyCase = process.argv.includes('--case')
  ? process.argv[process.argv.indexOf('--case') + 1]
  : undefined;
const MB = 1024 * 1024;

interface CaseResult {
  case: string;
  seconds: number;
  baseline_seconds: number;
  ratio: number;
  peak_rss_mb: number;
  wall_seconds: number;
  files: number;
  bytes: number;
  baseline: string;
}

async function validateInChild(root: string): Promise<{ seconds: number; wall: number; peak: number }> {
  const run = await timed(process.execPath, ['bench/support/validate-child.js', root]);
  const out = JSON.parse(run.stdout.trim().split('\n').pop() as string) as {
    seconds: number;
    peak_rss_mb: number;
    valid: boolean;
    failed: string[];
    error: unknown;
  };
  if (!out.valid)
    throw new Error(
      `benchmark package did not validate: ${JSON.stringify(out.failed.slice(0, 5))} ${JSON.stringify(out.error)}`,
    );
  return { seconds: out.seconds, wall: run.seconds, peak: out.peak_rss_mb };
}

/** Reads every file once so that baseline and validator both start from a warm page cache. */
async function warm(work: string, files: readonly string[]): Promise<void> {
  const list = join(work, 'warm.list');
  await writeFile(list, files.join('\0'));
  await timed('sh', ['-c', `xargs -0 cat < '${list}' > /dev/null`]);
  await rm(list, { force: true });
}

async function largeFiles(work: string): Promise<CaseResult> {
  const size = quick ? 256 * MB : 2048 * MB;
  const sip = await generateSip(join(work, 'large'), [size, size, size, size]);
  await warm(work, sip.dataFiles);
  const base = await timed('openssl', ['dgst', '-sha256', ...sip.dataFiles]);
  const ours = await validateInChild(sip.root);
  return {
    case: 'validate-large-files',
    seconds: ours.seconds,
    baseline_seconds: base.seconds,
    ratio: ours.seconds / base.seconds,
    peak_rss_mb: ours.peak,
    wall_seconds: ours.wall,
    files: sip.dataFiles.length,
    bytes: sip.bytes,
    baseline: 'openssl dgst -sha256',
  };
}

async function smallFiles(work: string): Promise<CaseResult> {
  const count = quick ? 20_000 : 100_000;
  let seed = 42;
  const sizes = Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 1024 + (seed % (19 * 1024));
  });
  const sip = await generateSip(join(work, 'small'), sizes);
  await warm(work, sip.dataFiles);
  const list = join(work, 'small-files.list');
  await writeFile(list, sip.dataFiles.join('\0'));
  // xargs passes as many files per sha256sum process as the argument limit allows (a handful of processes).
  const base = await timed('sh', ['-c', `xargs -0 sha256sum < '${list}' > /dev/null`]);
  const ours = await validateInChild(sip.root);
  return {
    case: 'validate-small-files',
    seconds: ours.seconds,
    baseline_seconds: base.seconds,
    ratio: ours.seconds / base.seconds,
    peak_rss_mb: ours.peak,
    wall_seconds: ours.wall,
    files: count,
    bytes: sip.bytes,
    baseline: 'sha256sum',
  };
}

const work = await mkdtemp(join(tmpdir(), 'samarkiv-bench-'));
try {
  const results: CaseResult[] = [];
  const cases = [
    { name: 'validate-large-files', run: largeFiles },
    { name: 'validate-small-files', run: smallFiles },
  ].filter((c) => !onlyCase || c.name === onlyCase);
  for (const { run } of cases) {
    const r = await run(work);
    process.stderr.write(
      `${r.case}: ${r.files} files, ${(r.bytes / MB).toFixed(0)} MiB in ${r.seconds.toFixed(2)} s (${(r.bytes / MB / r.seconds).toFixed(0)} MiB/s, ${(r.files / r.seconds).toFixed(0)} files/s); ${r.baseline} ${r.baseline_seconds.toFixed(2)} s; ratio ${r.ratio.toFixed(2)}; peak RSS ${r.peak_rss_mb.toFixed(0)} MB\n`,
    );
    results.push(r);
    await rm(join(work, r.case === 'validate-large-files' ? 'large' : 'small'), {
      recursive: true,
      force: true,
    });
  }
  for (const r of results) {
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    process.stdout.write(
      `${JSON.stringify({ case: r.case, seconds: round(r.seconds), baseline_seconds: round(r.baseline_seconds), ratio: round(r.ratio), peak_rss_mb: Math.round(r.peak_rss_mb), wall_seconds: round(r.wall_seconds), files: r.files, bytes: r.bytes, baseline: r.baseline, quick })}\n`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
