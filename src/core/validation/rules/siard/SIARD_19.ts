/**
 * SIARD_19 (MAY) — "The file name of the SIARD file … MAY be the short database identifier of the
 * database as specified in the 'dbname' element of the metadata.xml file in the SIARD file, but it
 * is not recommended."
 *
 * A permission: any name satisfies it. Passes when there is a SIARD file; it cannot fail.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_19: Rule = {
  id: 'SIARD_19',
  check: (ctx) =>
    withSiard(ctx, (analysis) =>
      analysis.files.length > 0
        ? []
        : notApplicable(
            'The package has no .siard file (see SIARD_15)',
            'Paketet har ingen .siard-fil (se SIARD_15)',
          ),
    ),
};
