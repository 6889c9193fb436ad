import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkFileGrps } from './file-checks.ts';

/**
 * CSIP63 (Other Content Information Type Specification): "When the
 * `mets/fileSec/fileGrp/@csip:CONTENTINFORMATIONTYPE` attribute has the value "OTHER" the
 * `mets/fileSec/fileGrp/@csip:OTHERCONTENTINFORMATIONTYPE` must state a value for the Content
 * Information Type Specification used."
 */
export const CSIP63: Rule = {
  id: 'CSIP63',
  check: (ctx) =>
    checkFileGrps(
      ctx,
      (m, e) => {
        if (e.grp.attrs['csip:CONTENTINFORMATIONTYPE'] !== 'OTHER') return null;
        if ((e.grp.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] ?? '').trim() !== '') return [];
        const name = e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? '';
        return [
          finding(
            `The file group '${name}' has content information type OTHER but no csip:OTHERCONTENTINFORMATIONTYPE naming it`,
            `Filgruppen '${name}' har innehållsinformationstypen OTHER men inget csip:OTHERCONTENTINFORMATIONTYPE som namnger den`,
            at(m, e.xpath, e.grp),
          ),
        ];
      },
      {
        en: "No file group has content information type 'OTHER'",
        sv: "Ingen filgrupp har innehållsinformationstypen 'OTHER'",
      },
    ),
};
