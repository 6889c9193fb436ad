/** FGS1-EXT-3 (SHOULD): mets/@ext:APPRAISAL, when present, is Yes or No. */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { APPRAISAL_VALUES } from '../../../fgs1/vocabulary.ts';
import { ext, loc, onOptionalSip } from './sip-mets.ts';

const VALUES: readonly string[] = APPRAISAL_VALUES;

export const FGS1_EXT_3: Rule = {
  id: 'FGS1-EXT-3',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const value = ext(m.mets, 'APPRAISAL');
      if (value === undefined)
        return notApplicable('The package has no ext:APPRAISAL', 'Paketet saknar ext:APPRAISAL');
      if (VALUES.includes(value)) return [];
      return [
        finding(
          `ext:APPRAISAL is '${value}'; expected 'Yes' or 'No' (exact spelling)`,
          `ext:APPRAISAL är '${value}'; 'Yes' eller 'No' förväntades (exakt stavning)`,
          loc(m, '/mets/@ext:APPRAISAL', m.mets),
        ),
      ];
    }),
};
