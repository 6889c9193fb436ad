/** Plain-text report for a terminal: verdict first, then what failed, then a one-line-per-requirement list. */
import type { ValidationReport } from '../report.ts';
import { contentSetupLine, formatLocation, LABELS } from './labels.ts';

export function renderTextReport(report: ValidationReport, options: { verbose?: boolean } = {}): string {
  const L = LABELS[report.lang];
  const out: string[] = [];
  out.push(`${L.heading} — samarkiv ${report.generator.version}`);
  out.push(`${L.package}: ${report.input}`);
  if (report.objid) out.push(`${L.objid}: ${report.objid}`);
  if (report.profileLabel) out.push(`${L.profile}: ${report.profileLabel}`);
  out.push(`${L.checkedAt}: ${report.checkedAt}`);
  const setup = contentSetupLine(report);
  if (setup) out.push(`${L.contentChecks}: ${setup}`);
  out.push('');
  if (report.error)
    out.push(
      `${report.results.length ? L.invalid : L.refused}: ${report.error.code}: ${report.error.message}`,
    );
  else out.push(`${L.verdict}: ${report.valid ? L.valid : L.invalid}`);
  const s = report.summary;
  out.push(
    `${s.errors} ${L.errors}, ${s.warnings} ${L.warnings}, ${s.infos} ${L.infos}, ${s.passed} ${L.passed}, ${s.notApplicable} ${L.notApplicable}; ${s.files} ${L.files}`,
  );
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length > 0) {
    out.push('', `${L.failedSection}:`);
    for (const r of failed) {
      out.push(`  ${L.severityText[r.severity].padEnd(7)} ${r.requirement.padEnd(15)} ${r.message}`);
      const where = formatLocation(r.location, report.lang);
      if (where) out.push(`  ${''.padEnd(7)} ${''.padEnd(15)} ${L.location}: ${where}`);
      for (const f of (r.findings ?? []).slice(1, options.verbose ? undefined : 5)) {
        out.push(
          `  ${''.padEnd(7)} ${''.padEnd(15)} - ${f.message} (${formatLocation(f.location, report.lang)})`,
        );
      }
    }
  }
  if (options.verbose) {
    out.push('', `${L.allSection}:`);
    for (const r of report.results) {
      out.push(
        `  ${r.requirement.padEnd(15)} ${r.level.padEnd(6)} ${L.statusText[r.status].padEnd(16)} ${r.title}`,
      );
    }
  }
  if (options.verbose && report.files) {
    out.push('', `${L.filesSection}:`);
    for (const f of report.files) {
      const format = f.puid ? `${f.puid} ${f.formatName ?? ''}`.trim() : '-';
      out.push(`  ${L.verdicts[f.policy].padEnd(11)} ${format.padEnd(40)} ${f.path}`);
    }
  }
  return `${out.join('\n')}\n`;
}
