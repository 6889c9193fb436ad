/**
 * FGS1-HDR-2 (MUST): metsHdr/@ext:OAISTYPE is "SIP". ext:OAISSTATUS is accepted as the same
 * attribute (both spellings occur in public 1.x code, standards.md §7.2); when both are present
 * they must agree.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { OAIS_TYPE_ATTRIBUTES } from '../../../fgs1/vocabulary.ts';
import { header, isFinding, loc, onSip } from './sip-mets.ts';

export const FGS1_HDR_2: Rule = {
  id: 'FGS1-HDR-2',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const hdr = header(m);
      if (isFinding(hdr)) return [hdr];
      const present = OAIS_TYPE_ATTRIBUTES.filter((a) => hdr.attrs[a] !== undefined);
      if (present.length === 0) {
        return [
          finding(
            'The metsHdr has no ext:OAISTYPE (or ext:OAISSTATUS); expected "SIP"',
            'metsHdr saknar ext:OAISTYPE (eller ext:OAISSTATUS); "SIP" förväntades',
            loc(m, '/mets/metsHdr/@ext:OAISTYPE', hdr),
          ),
        ];
      }
      const findings: Finding[] = [];
      for (const attr of present) {
        const value = hdr.attrs[attr] as string;
        if (value.trim() === 'SIP') continue;
        findings.push(
          finding(
            `metsHdr/@${attr} is '${value}'; a delivery is a "SIP"`,
            `metsHdr/@${attr} är '${value}'; en leverans är ett "SIP"`,
            loc(m, `/mets/metsHdr/@${attr}`, hdr),
          ),
        );
      }
      return findings;
    }),
};
