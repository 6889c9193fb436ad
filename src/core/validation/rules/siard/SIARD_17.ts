/**
 * SIARD_17 (SHOULD) — "The representations/[RepresentationName]/data/[databaseName].siard SHOULD
 * be a valid SIARD file"
 *
 * Valid means every check inside the file passed: SAMARKIV-SIARD-1 … 9 (ZIP, layout,
 * metadata.xml, tables, table schemas, columns, row counts, LOB presence and digests). One finding
 * per file names the checks that failed or could not run; those requirements give the details.
 */
import { SIARD_CHECKS } from '../../../siard/siard-analysis.ts';
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_17: Rule = {
  id: 'SIARD_17',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      if (analysis.files.length === 0)
        return notApplicable(
          'The package has no .siard file (see SIARD_15)',
          'Paketet har ingen .siard-fil (se SIARD_15)',
        );
      return analysis.files.flatMap((file) => {
        const failed = SIARD_CHECKS.map((check, i) => ({ check, id: `SAMARKIV-SIARD-${i + 1}` })).filter(
          ({ check }) => file.problems[check].total > 0 || file.notChecked[check] !== undefined,
        );
        if (failed.length === 0) return [];
        const ids = failed.map((f) => f.id).join(', ');
        return [
          finding(
            `${file.path} is not a valid SIARD file: ${ids} failed or could not be checked`,
            `${file.path} är ingen giltig SIARD-fil: ${ids} underkändes eller kunde inte kontrolleras`,
            { file: file.path },
          ),
        ];
      });
    }),
};
