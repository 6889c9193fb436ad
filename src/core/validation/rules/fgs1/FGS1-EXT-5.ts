/** FGS1-EXT-5 (SHOULD): mets/@ext:PACKAGENUMBER, when present, is a whole number from 1. */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { ext, loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_EXT_5: Rule = {
  id: 'FGS1-EXT-5',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const value = ext(m.mets, 'PACKAGENUMBER');
      if (value === undefined) {
        return notApplicable('The package has no ext:PACKAGENUMBER', 'Paketet saknar ext:PACKAGENUMBER');
      }
      if (/^\+?0*[1-9]\d*$/.test(value.trim())) return [];
      return [
        finding(
          `ext:PACKAGENUMBER '${value}' is not a whole number from 1`,
          `ext:PACKAGENUMBER '${value}' är inget heltal från 1`,
          loc(m, '/mets/@ext:PACKAGENUMBER', m.mets),
        ),
      ];
    }),
};
