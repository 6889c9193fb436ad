/**
 * CSIP117 (mets/metsHdr, 1..1): General element for describing the package.
 *
 * Every METS document has exactly one metsHdr.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets } from '../shared/mets-documents.ts';

export const CSIP117: Rule = {
  id: 'CSIP117',
  check: (ctx) =>
    everyMets(ctx, (parsed, doc) => {
      const n = doc.metsHdrs.length;
      if (n === 1) return [];
      if (n === 0) {
        return [
          finding(
            'The METS document has no metsHdr; it must describe the package (creation date, package type, creating software)',
            'METS-dokumentet saknar metsHdr; elementet måste beskriva paketet (skapandedatum, pakettyp, programvara)',
            at(parsed, '/mets/metsHdr', doc.mets?.line),
          ),
        ];
      }
      return [
        finding(
          `The METS document has ${n} metsHdr elements; exactly one is expected`,
          `METS-dokumentet har ${n} metsHdr-element; exakt ett förväntas`,
          at(parsed, '/mets/metsHdr[2]', doc.metsHdrs[1]?.line),
        ),
      ];
    }),
};
