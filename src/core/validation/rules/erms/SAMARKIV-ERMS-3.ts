/**
 * SAMARKIV-ERMS-3 — "The co-occurrence constraints of erms.sch (2.1) or erms_v3.sch (3.0) hold […]."
 *
 * The Schematron runs while the file streams (core/erms/schematron-rules.ts, each check named by
 * the .sch rule it implements); this rule reports the failures of the version the file is checked
 * as. The reader keeps the first MAX_KEPT_FAILURES per version and counts the rest.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { NO_READABLE_ERMS_FILE, readableFiles, withErms, type ReadableFile } from './erms-support.ts';

function findingsOf({ file, facts }: ReadableFile): Finding[] {
  const { path, version } = file;
  const outcome = facts.schematron[version];
  const out = outcome.failures.map((f) =>
    finding(
      `${path}: ${f.element}: ${f.message.en} (${f.ruleId})`,
      `${path}: ${f.element}: ${f.message.sv} (${f.ruleId})`,
      { file: path, line: f.line },
    ),
  );
  const more = outcome.total - outcome.failures.length;
  if (more > 0) {
    out.push(
      finding(
        `${path}: ${more} further Schematron failures are not listed`,
        `${path}: ytterligare ${more} Schematron-fel listas inte`,
        { file: path },
      ),
    );
  }
  return out;
}

export const SAMARKIV_ERMS_3: Rule = {
  id: 'SAMARKIV-ERMS-3',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      const files = readableFiles(analysis);
      return files.length === 0 ? NO_READABLE_ERMS_FILE : files.flatMap(findingsOf);
    }),
};
