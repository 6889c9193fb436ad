/** FGS1-HDR-3 (SHOULD): metsHdr/@RECORDSTATUS is present and not empty. */
import { finding, type Rule } from '../../rule.ts';
import { header, isBlank, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_3: Rule = {
  id: 'FGS1-HDR-3',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      if (!isBlank(hdr.attrs['RECORDSTATUS'])) return [];
      return [
        finding(
          'The metsHdr has no RECORDSTATUS (e.g. NEW for a first delivery)',
          'metsHdr saknar RECORDSTATUS (t.ex. NEW för en första leverans)',
          loc(m, '/mets/metsHdr/@RECORDSTATUS', hdr),
        ),
      ];
    }),
};
