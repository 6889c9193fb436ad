/**
 * SIARD_13 (fileSec/fileGrp/file/@csip:OTHERCONTENTINFORMATIONTYPE, 1..n) — "If the value in
 * mets/@csip:OTHERCONTENTINFORMATIONTYPE is {SIARD_1.0, SIARD2.0, SIARD2.1, Database_dump} then
 * there MUST exist one and only one file in the fileGrp with @USE = “data” with an identical value
 * in fileSec/fileGrp/file@csip:OTHERCONTENTINFORMATIONTYPE that is used to locate the relevant
 * database file."
 *
 * Per database representation with a vocabulary value (SIARD_11 reports the others): exactly one
 * file of its data group (USE Data, or …/data as CSIP 2.x writes it) carries the same value.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome } from '../shared/mets-documents.ts';
import { dataFilesOfType, SIARD_OTHER_TYPES, siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_13: Rule = {
  id: 'SIARD_13',
  check: (ctx) =>
    withSiard(ctx, () => {
      const findings: Finding[] = [];
      let applicable = false;
      for (const m of siardRepresentations(ctx)) {
        const value = m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
        if (value === undefined || !SIARD_OTHER_TYPES.includes(value)) continue;
        applicable = true;
        const n = dataFilesOfType(m, value);
        if (n === 1) continue;
        findings.push(
          finding(
            `${n === 0 ? 'No' : n} file${n === 1 ? '' : 's'} of the data file group of ${m.path} ${n === 0 ? 'has' : 'have'} csip:OTHERCONTENTINFORMATIONTYPE "${value}"; exactly one must point out the database file`,
            `${n === 0 ? 'Ingen' : n} fil${n > 1 ? 'er' : ''} i datafilgruppen i ${m.path} har csip:OTHERCONTENTINFORMATIONTYPE "${value}"; exakt en ska peka ut databasfilen`,
            at(
              m,
              "/mets/fileSec/fileGrp[@USE='Data']/file/@csip:OTHERCONTENTINFORMATIONTYPE",
              m.doc.fileSecs[0]?.line,
            ),
          ),
        );
      }
      return outcome(findings, applicable, {
        en: 'No representation declares a SIARD version or Database_dump (see SIARD_11)',
        sv: 'Ingen representation anger SIARD-version eller Database_dump (se SIARD_11)',
      });
    }),
};
