/**
 * SIARD_6 (mets/fileSec/fileGrp[@USE='Representations']/@csip:CONTENTINFORMATIONTYPE, 1..n) —
 * "There MUST be a minimum of one mets/fileSec/fileGrp[@USE='Representations']/
 * @csip:CONTENTINFORMATIONTYPE with the value "citssiard_v1_0" … that direct to the representation
 * METS.xml in the representation folder containing a relational database."
 *
 * Package METS: at least one file group whose USE is Representations or Representations/<rep>
 * carries citssiard_v1_0.
 */
import { walkFileGrps } from '../../../package/mets-model.ts';
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';
import { CITS_SIARD, withSiard } from './siard-support.ts';

export const SIARD_6: Rule = {
  id: 'SIARD_6',
  check: (ctx) =>
    withSiard(ctx, () =>
      onPackageMets(ctx, (doc, path) => {
        const groups = [...walkFileGrps(doc)].filter((g) =>
          /^representations(\/|$)/i.test(g.attrs['USE'] ?? ''),
        );
        if (groups.some((g) => g.attrs['csip:CONTENTINFORMATIONTYPE'] === CITS_SIARD)) return [];
        const found = groups.map((g) => g.attrs['csip:CONTENTINFORMATIONTYPE'] ?? '-').join(', ') || '-';
        return [
          finding(
            `No representation file group of the package METS has csip:CONTENTINFORMATIONTYPE "${CITS_SIARD}" (found: ${found})`,
            `Ingen representationsfilgrupp i paketets METS har csip:CONTENTINFORMATIONTYPE "${CITS_SIARD}" (hittade: ${found})`,
            at(
              path,
              "/mets/fileSec/fileGrp[starts-with(@USE,'Representations')]",
              groups[0]?.line ?? doc.fileSecs[0]?.line,
            ),
          ),
        ];
      }),
    ),
};
