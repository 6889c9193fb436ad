/** FGS1-EXT-2 (SHOULD): mets/@ext:CONTENTTYPESPECIFICATION names the specification the content follows. */
import { finding, type Rule } from '../../rule.ts';
import { ext, isBlank, loc, onSip } from './sip-mets.ts';

export const FGS1_EXT_2: Rule = {
  id: 'FGS1-EXT-2',
  check: (ctx) =>
    onSip(ctx, (m) => {
      if (!isBlank(ext(m.mets, 'CONTENTTYPESPECIFICATION'))) return [];
      return [
        finding(
          'The mets element has no ext:CONTENTTYPESPECIFICATION naming the specification the content follows (e.g. "FGS Personal, version 1")',
          'Elementet mets saknar ext:CONTENTTYPESPECIFICATION som anger vilken specifikation innehållet följer (t.ex. "FGS Personal, version 1")',
          loc(m, '/mets/@ext:CONTENTTYPESPECIFICATION', m.mets),
        ),
      ];
    }),
};
