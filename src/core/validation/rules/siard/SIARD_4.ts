/**
 * SIARD_4 (mets/@csip:OTHERCONTENTINFORMATIONTYPE, MUST NOT, 0..0) — "The
 * `mets/@csip:OTHERCONTENTINFORMATIONTYPE` attribute is not to be used."
 *
 * Package METS only: the SIARD version is declared on the representation (SIARD_7, SIARD_11).
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { onPackageMets } from '../shared/mets-documents.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_4: Rule = {
  id: 'SIARD_4',
  check: (ctx) =>
    withSiard(ctx, () =>
      onPackageMets(ctx, (doc, path) => {
        const value = doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
        if (value === undefined) return [];
        return [
          finding(
            `The package METS has csip:OTHERCONTENTINFORMATIONTYPE "${value}"; CITS SIARD does not use it there (the representation declares the SIARD version)`,
            `Paketets METS har csip:OTHERCONTENTINFORMATIONTYPE "${value}"; CITS SIARD använder det inte där (representationen anger SIARD-versionen)`,
            at(path, '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', doc.mets?.line),
          ),
        ];
      }),
    ),
};
