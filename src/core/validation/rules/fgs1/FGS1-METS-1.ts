/** FGS1-METS-1 (MUST): mets/@OBJID is present and not empty. */
import { finding, type Rule } from '../../rule.ts';
import { isBlank, loc, onSip } from './sip-mets.ts';

export const FGS1_METS_1: Rule = {
  id: 'FGS1-METS-1',
  check: (ctx) =>
    onSip(ctx, (m) => {
      if (!isBlank(m.mets.attrs['OBJID'])) return [];
      return [
        finding(
          'The mets element has no OBJID: the package has no identifier',
          'Elementet mets saknar OBJID: paketet har ingen identifierare',
          loc(m, '/mets/@OBJID', m.mets),
        ),
      ];
    }),
};
