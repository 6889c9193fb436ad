/**
 * Child process of the validate benchmark: validates one package and prints one JSON line with
 * the in-process time and the peak RSS, so the parent measures memory of the validator alone.
 */
import { performance } from 'node:perf_hooks';
import { validatePackage } from '../../src/services/validate-package.ts';
import { createDeps } from '../../src/cli/deps.ts';

const input = process.argv[2] as string;
const t0 = performance.now();
const report = await validatePackage(createDeps(), input, { lang: 'en' });
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(
  `${JSON.stringify({
    seconds,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    valid: report.valid,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    files: report.summary.files,
    failed: report.results.filter((r) => r.status === 'failed').map((r) => `${r.requirement}: ${r.message}`),
    error: report.error ?? null,
  })}\n`,
);
