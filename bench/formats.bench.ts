/**
 * npm run bench:formats [-- --quick]
 * Identifies a generated mixed set of files (every accepted-format sample, in small and large
 * variants) and compares with a baseline measured in the same run over the same files: opening
 * each and reading its first and last 64 KiB, which is the least any identifier must do.
 * Signatures are loaded before timing (the load is reported separately). Prints a summary on
 * stderr and one JSON line: {"case":"identify-mixed","seconds","baseline_seconds","ratio","files","files_per_second"}.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSample } from '../src/adapters/format/file-sample.ts';
import { openLocalFile } from '../src/adapters/format/local-random-access-file.ts';
import { loadFormatIdentifier } from '../src/adapters/format/pronom-format-identifier.ts';
import { ACCEPTED_FORMAT_SAMPLES } from '../test/formats/samples/accepted-formats.ts';
import { mp3 } from '../test/formats/samples/binary-samples.ts';

const quick = process.argv.includes('--quick');
const COUNT = quick ? 3_000 : 20_000;
const WINDOW = 64 * 1024;

/** Larger variants, so that the set is not only tiny files: text, CSV, XML and MP3 of 64 KiB–2 MiB. */
function largeVariant(i: number): { name: string; bytes: Buffer } {
  const size = 64 * 1024 * (1 + (i % 32));
  switch (i % 4) {
    case 0:
      return {
        name: `rapport-${i}.txt`,
        bytes: Buffer.alloc(size, 'Kommunstyrelsen beslutade att godkänna rapporten.\n'),
      };
    case 1:
      return { name: `register-${i}.csv`, bytes: Buffer.alloc(size, 'KS 2023/12;Bygglov;2023-04-01\n') };
    case 2: {
      const rows = '<rad><id>1</id><text>Ärende</text></rad>\n'.repeat(Math.ceil(size / 40));
      return {
        name: `data-${i}.xml`,
        bytes: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<tabell>\n${rows}</tabell>\n`),
      };
    }
    default:
      return { name: `ljud-${i}.mp3`, bytes: mp3(Math.ceil(size / 417)) };
  }
}

async function generate(dir: string): Promise<string[]> {
  const samples = await Promise.all(
    ACCEPTED_FORMAT_SAMPLES.map(async (s) => ({ name: s.name, bytes: await s.make() })),
  );
  const paths: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) await mkdir(sub, { recursive: true });
    // One file in ten is a large variant; the rest cycle through the format samples.
    const { name, bytes } =
      i % 10 === 9 ? largeVariant(i) : (samples[i % samples.length] as { name: string; bytes: Buffer });
    const path = join(sub, `${i}-${name}`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}

interface Timing {
  seconds: number;
  /** CPU seconds (user + system) of this process: steadier than wall time on a busy machine. */
  cpu: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function baseline(paths: readonly string[]): Promise<Timing> {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (const path of paths) await readFileSample(path, WINDOW, WINDOW);
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds() - c0 };
}

async function identifyAll(paths: readonly string[]): Promise<Timing & { unidentified: number }> {
  const identifier = await loadFormatIdentifier();
  let unidentified = 0;
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (const path of paths) {
    const sample = await readFileSample(path, identifier.headBytes, identifier.tailBytes);
    const r = await identifier.identify(path, sample, () => openLocalFile(path));
    if (!r.puid) unidentified++;
  }
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds() - c0, unidentified };
}

const work = await mkdtemp(join(tmpdir(), 'samarkiv-bench-formats-'));
try {
  const paths = await generate(work);
  const t0 = performance.now();
  await loadFormatIdentifier();
  const loadSeconds = (performance.now() - t0) / 1000;
  // Warm the page cache and the JIT, then measure each side twice and keep the better run.
  await baseline(paths);
  await identifyAll(paths.slice(0, 500));
  const best = (a: Timing, b: Timing): Timing => (a.seconds <= b.seconds ? a : b);
  const base = best(await baseline(paths), await baseline(paths));
  const first = await identifyAll(paths);
  const ours = best(first, await identifyAll(paths));
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  process.stderr.write(
    `identify-mixed: ${paths.length} files in ${ours.seconds.toFixed(2)} s (${Math.round(paths.length / ours.seconds)} files/s, ` +
      `${((ours.seconds / paths.length) * 1e6).toFixed(0)} µs per file); reading first+last 64 KiB ${base.seconds.toFixed(2)} s; ` +
      `ratio ${(ours.seconds / base.seconds).toFixed(2)} (CPU ${ours.cpu.toFixed(2)} s vs ${base.cpu.toFixed(2)} s); ` +
      `signatures loaded in ${loadSeconds.toFixed(2)} s; ${first.unidentified} unidentified\n`,
  );
  process.stdout.write(
    `${JSON.stringify({
      case: 'identify-mixed',
      seconds: round(ours.seconds),
      baseline_seconds: round(base.seconds),
      ratio: round(ours.seconds / base.seconds),
      files: paths.length,
      files_per_second: Math.round(paths.length / ours.seconds),
      cpu_seconds: round(ours.cpu),
      baseline_cpu_seconds: round(base.cpu),
      signature_load_seconds: round(loadSeconds),
      quick,
    })}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
