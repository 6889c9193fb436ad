/**
 * SIARD_20 — "If the value in mets/@csip:OTHERCONTENTINFORMATIONTYPE is “Database_dump” then there
 * MUST exist a proprietary database dump in representations/[RepresentationName]/data"
 *
 * What the dump contains is proprietary; checked is that the data folder holds a file.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome } from '../shared/mets-documents.ts';
import { DATABASE_DUMP, filesUnder, siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_20: Rule = {
  id: 'SIARD_20',
  check: (ctx) =>
    withSiard(ctx, () => {
      const findings: Finding[] = [];
      const dumps = siardRepresentations(ctx).filter(
        (m) => m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] === DATABASE_DUMP,
      );
      for (const m of dumps) {
        if (filesUnder(ctx, `${m.representation}/data/`).length > 0) continue;
        findings.push(
          finding(
            `${m.representation} declares "${DATABASE_DUMP}", but its data folder holds no file`,
            `${m.representation} anger "${DATABASE_DUMP}", men dess datamapp innehåller ingen fil`,
            at(m, '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', m.doc.mets?.line),
          ),
        );
      }
      return outcome(findings, dumps.length > 0, {
        en: `No representation declares "${DATABASE_DUMP}"`,
        sv: `Ingen representation anger "${DATABASE_DUMP}"`,
      });
    }),
};
