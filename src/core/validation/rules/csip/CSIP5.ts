/**
 * CSIP5 (mets[@csip:CONTENTINFORMATIONTYPE='OTHER']/@csip:OTHERCONTENTINFORMATIONTYPE, 0..1): When
 * the mets/@csip:CONTENTINFORMATIONTYPE has the value "OTHER" the
 * mets/@csip:OTHERCONTENTINFORMATIONTYPE must state the content information type.
 *
 * Applies to every METS document whose CONTENTINFORMATIONTYPE is "OTHER"; not applicable when none
 * is. OTHERCONTENTINFORMATIONTYPE must then be present and not empty.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { metsDocuments } from '../../package-context.ts';
import { at } from '../shared/locations.ts';

export const CSIP5: Rule = {
  id: 'CSIP5',
  check(ctx) {
    const others = metsDocuments(ctx).filter(
      (p) => p.doc?.mets?.attrs['csip:CONTENTINFORMATIONTYPE'] === 'OTHER',
    );
    if (others.length === 0) {
      return notApplicable(
        'No METS document has csip:CONTENTINFORMATIONTYPE "OTHER", so csip:OTHERCONTENTINFORMATIONTYPE is not required',
        'Inget METS-dokument har csip:CONTENTINFORMATIONTYPE "OTHER", så csip:OTHERCONTENTINFORMATIONTYPE krävs inte',
      );
    }
    return others.flatMap((parsed) => {
      const mets = parsed.doc?.mets;
      if (!mets || (mets.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] ?? '').trim() !== '') return [];
      return [
        finding(
          'csip:CONTENTINFORMATIONTYPE is "OTHER" but csip:OTHERCONTENTINFORMATIONTYPE, which names the content information type, is missing or empty',
          'csip:CONTENTINFORMATIONTYPE är "OTHER" men csip:OTHERCONTENTINFORMATIONTYPE, som anger innehållsinformationstypen, saknas eller är tomt',
          at(parsed, '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', mets.line),
        ),
      ];
    });
  },
};
