/**
 * SIP4 — OAIS Package type information, metsHdr/@csip:OAISPACKAGETYPE (1..1):
 * "`@csip:OAISPACKAGETYPE` is used with the value "SIP"."
 * Package METS only (CSIP9 checks the attribute in every METS document).
 */
import { finding, type Rule } from '../../rule.ts';
import { at, onPackageMets, shown } from './support.ts';

export const SIP4: Rule = {
  id: 'SIP4',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const hdr = doc.metsHdrs[0];
      const value = hdr?.attrs['csip:OAISPACKAGETYPE'];
      if (value === 'SIP') return [];
      return [
        finding(
          `metsHdr/@csip:OAISPACKAGETYPE is ${shown(value).en}; a SIP requires "SIP"`,
          `metsHdr/@csip:OAISPACKAGETYPE är ${shown(value).sv}; ett leveranspaket (SIP) kräver "SIP"`,
          at(path, '/mets/metsHdr/@csip:OAISPACKAGETYPE', hdr ?? doc.mets ?? undefined),
        ),
      ];
    }),
};
