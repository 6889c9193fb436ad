/** FGS1-METS-4 (MUST): mets/@TYPE (the content type) is present and not empty. */
import { finding, type Rule } from '../../rule.ts';
import { isBlank, loc, onSip } from './sip-mets.ts';

export const FGS1_METS_4: Rule = {
  id: 'FGS1-METS-4',
  check: (ctx) =>
    onSip(ctx, (m) => {
      if (!isBlank(m.mets.attrs['TYPE'])) return [];
      return [
        finding(
          'The mets element has no TYPE: the content type of the package is not stated',
          'Elementet mets saknar TYPE: paketets innehållstyp är inte angiven',
          loc(m, '/mets/@TYPE', m.mets),
        ),
      ];
    }),
};
