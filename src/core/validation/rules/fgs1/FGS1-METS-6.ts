/** FGS1-METS-6 (SHOULD): mets/@LABEL gives the package a title. */
import { finding, type Rule } from '../../rule.ts';
import { isBlank, loc, onSip } from './sip-mets.ts';

export const FGS1_METS_6: Rule = {
  id: 'FGS1-METS-6',
  check: (ctx) =>
    onSip(ctx, (m) => {
      if (!isBlank(m.mets.attrs['LABEL'])) return [];
      return [
        finding(
          'The mets element has no LABEL: the package has no title',
          'Elementet mets saknar LABEL: paketet har ingen rubrik',
          loc(m, '/mets/@LABEL', m.mets),
        ),
      ];
    }),
};
