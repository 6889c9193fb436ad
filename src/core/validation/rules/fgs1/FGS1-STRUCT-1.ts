/** FGS1-STRUCT-1 (MUST): sip.xml has a structMap with at least one div (any LABEL is accepted). */
import { finding, type Rule } from '../../rule.ts';
import { loc, onSip } from './sip-mets.ts';

export const FGS1_STRUCT_1: Rule = {
  id: 'FGS1-STRUCT-1',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const maps = m.doc.structMaps;
      if (maps.some((s) => s.divs.length > 0)) return [];
      const [en, sv] =
        maps.length === 0
          ? ['sip.xml has no structMap, which METS requires', 'sip.xml saknar structMap, som METS kräver']
          : ['The structMap of sip.xml has no div', 'structMap i sip.xml saknar div'];
      return [finding(en, sv, loc(m, '/mets/structMap', maps[0] ?? m.mets))];
    }),
};
