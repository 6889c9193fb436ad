/**
 * DIP3 — OAIS Package type information, metsHdr[@csip:OAISPACKAGETYPE='DIP'] (1..1):
 * "The in CSIP added attribute `@csip:OAISPACKAGETYPE` is used with the value "DIP"."
 * Package METS only.
 */
import { finding, type Rule } from '../../rule.ts';
import { at, onPackageMets, shown } from '../sip/support.ts';

export const DIP3: Rule = {
  id: 'DIP3',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const hdr = doc.metsHdrs[0];
      const value = hdr?.attrs['csip:OAISPACKAGETYPE'];
      if (value === 'DIP') return [];
      return [
        finding(
          `metsHdr/@csip:OAISPACKAGETYPE is ${shown(value).en}; a DIP requires "DIP"`,
          `metsHdr/@csip:OAISPACKAGETYPE är ${shown(value).sv}; ett utlämningspaket (DIP) kräver "DIP"`,
          at(path, '/mets/metsHdr/@csip:OAISPACKAGETYPE', hdr ?? doc.mets ?? undefined),
        ),
      ];
    }),
};
