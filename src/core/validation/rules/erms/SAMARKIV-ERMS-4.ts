/**
 * SAMARKIV-ERMS-4 — "Every appendix/@path and agentExtendingAppendix/@path resolves to a file in the
 * package, relative to the representation's data folder."
 *
 * Resolution (core/erms/erms-paths.ts) tries the data folder first, then the representation
 * folder, the ERMS file's folder and the package root, so an export that writes `data/x.pdf` or a
 * package-relative path is not failed for its style; a finding names the data-folder reading.
 */
import { finding, type Rule } from '../../rule.ts';
import { NO_READABLE_ERMS_FILE, readableFiles, withErms } from './erms-support.ts';

export const SAMARKIV_ERMS_4: Rule = {
  id: 'SAMARKIV-ERMS-4',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      if (readableFiles(analysis).length === 0) return NO_READABLE_ERMS_FILE;
      return analysis.units.flatMap((unit) =>
        unit.missingDocuments.map((m) => {
          const where = m.expected ? ` (expected at ${m.expected})` : '';
          const whereSv = m.expected ? ` (förväntades på ${m.expected})` : '';
          return finding(
            `${m.element}/@path "${m.path}" names no file in the package${where}`,
            `${m.element}/@path "${m.path}" pekar inte på någon fil i paketet${whereSv}`,
            { file: m.ermsFile, line: m.line },
          );
        }),
      );
    }),
};
