/**
 * AIPM3 — OAIS Package type information:
 * "The CSIP attribute `@csip:OAISPACKAGETYPE` must have the value "AIP"."
 * Test TEST-AIPM3-1: /mets/metsHdr[@csip:OAISPACKAGETYPE="AIP"]. Package METS only.
 */
import { finding, type Rule } from '../../rule.ts';
import { at, onPackageMets, shown } from '../sip/support.ts';

export const AIPM3: Rule = {
  id: 'AIPM3',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const hdr = doc.metsHdrs[0];
      const value = hdr?.attrs['csip:OAISPACKAGETYPE'];
      if (value === 'AIP') return [];
      return [
        finding(
          `metsHdr/@csip:OAISPACKAGETYPE is ${shown(value).en}; an AIP requires "AIP"`,
          `metsHdr/@csip:OAISPACKAGETYPE är ${shown(value).sv}; ett arkivpaket (AIP) kräver "AIP"`,
          at(path, '/mets/metsHdr/@csip:OAISPACKAGETYPE', hdr ?? doc.mets ?? undefined),
        ),
      ];
    }),
};
