/**
 * Child process of bench/siard-check.bench.ts: opens the package folder, gathers it with the SIARD
 * analyzer and prints {"seconds","peak_rss_mb","xmllint_peak_rss_mb","lobs","failed"}. xmllint's
 * peak is sampled from /proc (VmHWM of this process's xmllint children); null where /proc lacks it.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { siardAnalyzer } from '../../src/adapters/siard/siard-analyzer.ts';
import { SIARD_CHECKS, type SiardAnalysis } from '../../src/core/siard/siard-analysis.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';

let xmllintPeakKb: number | null = null;

/** Largest VmHWM among xmllint processes that are children of this process. */
function sampleChildren(): void {
  try {
    const tasks = readFileSync('/proc/self/task/' + process.pid + '/children', 'utf8').trim();
    for (const pid of tasks.split(/\s+/).filter(Boolean)) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+xmllint$/m.test(status)) continue;
      const kb = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
      xmllintPeakKb = Math.max(xmllintPeakKb ?? 0, kb);
    }
  } catch {
    // The child exited between listing and reading, or /proc has no children file.
  }
}

const root = process.argv[2] as string;
const timer = setInterval(sampleChildren, 100);
const t0 = performance.now();
const source = await openPackageSource(root);
const ctx = await gatherContext(source, { profile: 'csip-2.2', analyzers: [siardAnalyzer] });
await source.close();
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
const analysis = ctx.analyses?.get('siard') as SiardAnalysis | undefined;
const failed: string[] = [];
for (const file of analysis?.files ?? []) {
  for (const check of SIARD_CHECKS) {
    const p = file.problems[check];
    if (p.total > 0 || file.notChecked[check])
      failed.push(`${check}: ${p.items[0]?.message.en ?? file.notChecked[check]?.en}`);
  }
}
if (!analysis || analysis.files.length === 0) failed.push('no SIARD file was analysed');
console.log(
  JSON.stringify({
    seconds: Math.round(seconds * 100) / 100,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    xmllint_peak_rss_mb: xmllintPeakKb === null ? null : Math.round(xmllintPeakKb / 1024),
    lobs: analysis?.files[0]?.stats.lobs ?? 0,
    failed,
  }),
);
