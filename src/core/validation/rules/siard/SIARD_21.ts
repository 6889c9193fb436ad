/**
 * SIARD_21 (SHOULD) — "There SHOULD be preservation metadata describing the proprietary database
 * dump"
 *
 * For a Database_dump representation: its METS has technical or provenance metadata (techMD,
 * digiprovMD), or its metadata/preservation/ folder holds a file. Whether that metadata describes
 * the dump well enough is for a person to judge.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome } from '../shared/mets-documents.ts';
import { DATABASE_DUMP, filesUnder, siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_21: Rule = {
  id: 'SIARD_21',
  check: (ctx) =>
    withSiard(ctx, () => {
      const findings: Finding[] = [];
      const dumps = siardRepresentations(ctx).filter(
        (m) => m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] === DATABASE_DUMP,
      );
      for (const m of dumps) {
        const inMets = m.doc.amdSecs.some((a) => a.techMD.length + a.digiprovMD.length > 0);
        if (inMets || filesUnder(ctx, `${m.representation}/metadata/preservation/`).length > 0) continue;
        findings.push(
          finding(
            `${m.representation} holds a database dump without preservation metadata (no techMD or digiprovMD, nothing in metadata/preservation/)`,
            `${m.representation} innehåller en databasdump utan bevarandemetadata (ingen techMD eller digiprovMD, inget i metadata/preservation/)`,
            at(m, '/mets/amdSec', m.doc.mets?.line),
          ),
        );
      }
      return outcome(findings, dumps.length > 0, {
        en: `No representation declares "${DATABASE_DUMP}"`,
        sv: `Ingen representation anger "${DATABASE_DUMP}"`,
      });
    }),
};
