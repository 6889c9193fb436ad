/**
 * npm run bench:erms-package [-- --quick]
 * Packs a generated W3D3-like export (CITS ERMS + PDF/A documents) into a SIP ZIP with
 * `sip create --erms`, and compares with `sha256sum` over the same documents, measured in the same
 * run from a warm page cache: three rounds, each side's median counts. Target: at most 2 ×
 * sha256sum. Sizes: 100,000 documents (quick: 10,000). Prints one JSON line: {"case":"erms-package","seconds","baseline_seconds","ratio",…}.
 * The baseline reads exactly the listed documents (not the ERMS file); peak RSS is the packing
 * child's; the 1-minute load average is printed beside the figures, since other work on the
 * machine distorts the ratio.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { w3d3DocumentMaker } from '../src/adapters/pdf/w3d3-documents.ts';
import { listFolder } from '../src/adapters/package-writer/list-folder.ts';
import { generateW3d3 } from '../src/services/generate/w3d3/generate-w3d3.ts';
import { timed } from './support/measure.ts';

const quick = process.argv.includes('--quick');
const ROUNDS = 3;

interface PackRun {
  readonly seconds: number;
  readonly wall_seconds: number;
  readonly peak_rss_mb: number;
  readonly files: number;
  readonly bytes: number;
  readonly content_files: number;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** One run of the packing child on the export: its in-process seconds, wall seconds and peak RSS. */
async function pack(
  made: { ermsFile: string; documentsFolder: string; descriptionFile: string },
  out: string,
): Promise<PackRun> {
  const run = await timed(process.execPath, [
    '--import',
    'tsx',
    'bench/support/erms-package-child.ts',
    made.ermsFile,
    made.documentsFolder,
    made.descriptionFile,
    out,
  ]);
  const child = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Omit<PackRun, 'wall_seconds'>;
  return { ...child, wall_seconds: run.seconds };
}
const DOCUMENTS = quick ? 10_000 : 100_000;
const MB = 1024 * 1024;

const work = await mkdtemp(join(tmpdir(), 'samarkiv-bench-erms-'));
try {
  const g0 = performance.now();
  const made = await generateW3d3(
    { out: join(work, 'export'), cases: DOCUMENTS, seed: 1, ermsVersion: '2.1', maxDocuments: DOCUMENTS },
    await w3d3DocumentMaker(new Date(Date.UTC(2021, 1, 1))),
  );
  const generateSeconds = (performance.now() - g0) / 1000;
  process.stderr.write(
    `generated ${made.cases} cases, ${made.documents} documents (${(made.bytes / MB).toFixed(0)} MiB) in ${generateSeconds.toFixed(1)} s\n`,
  );

  const files = (await listFolder(made.documentsFolder)).map((f) => f.absolutePath);
  const list = join(work, 'documents.list');
  await writeFile(list, files.join('\0'));
  // The generated gigabytes go to disk first, so that neither side competes with their
  // writeback; then the page cache is warmed so both read from memory, and the baseline runs
  // over the same documents.
  await timed('sync', []);
  await timed('sh', ['-c', `xargs -0 cat < '${list}' > /dev/null`]);

  // Rounds alternate the baseline and the packer, and each side's median counts: on a shared
  // two-core virtual machine one run of either moved by 20 % from one minute to the next.
  const out = join(work, 'leverans.zip');
  const bases: number[] = [];
  const runs: PackRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bases.push((await timed('sh', ['-c', `xargs -0 sha256sum < '${list}' > /dev/null`])).seconds);
    await rm(out, { force: true });
    runs.push(await pack(made, out));
  }
  const base = { seconds: median(bases) };
  const ours = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as PackRun;
  for (const r of runs) {
    if (r.content_files !== made.documents)
      throw new Error(`packed ${r.content_files} documents, generated ${made.documents}`);
  }
  const ratio = ours.seconds / base.seconds;
  process.stderr.write(
    `erms-package: ${made.documents} documents in ${ours.seconds.toFixed(2)} s (${(made.documents / ours.seconds).toFixed(0)} documents/s); sha256sum ${base.seconds.toFixed(2)} s; ratio ${ratio.toFixed(2)}; peak RSS ${Math.max(...runs.map((r) => r.peak_rss_mb)).toFixed(0)} MB; load ${loadavg()[0]?.toFixed(2)}\n`,
  );
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify({
      case: 'erms-package',
      seconds: round(ours.seconds),
      baseline_seconds: round(base.seconds),
      ratio: round(ratio),
      peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.peak_rss_mb))),
      wall_seconds: round(ours.wall_seconds),
      rounds: ROUNDS,
      all_seconds: runs.map((r) => round(r.seconds)),
      all_baseline_seconds: bases.map(round),
      documents: made.documents,
      cases: made.cases,
      bytes: made.bytes,
      package_bytes: ours.bytes,
      generate_seconds: round(generateSeconds),
      baseline: 'sha256sum',
      load_average_1m: Math.round((loadavg()[0] as number) * 100) / 100,
      quick,
    })}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
