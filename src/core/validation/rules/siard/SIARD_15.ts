/**
 * SIARD_15 — "If the value in mets/@csip:OTHERCONTENTINFORMATIONTYPE is {SIARD_1.0, SIARD2.0,
 * SIARD2.1} then there MUST exist a file named [databaseName].siard in
 * representations/[RepresentationName]/data"
 *
 * For every representation declaring a SIARD version (any of SIARD_1.0 … SIARD_2.2, also written
 * without the underscore): a .siard file, or its parts (SIARD_19a), in its data folder.
 */
import { declaredSiardVersion } from '../../../siard/siard-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome } from '../shared/mets-documents.ts';
import { siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_15: Rule = {
  id: 'SIARD_15',
  check: (ctx) =>
    withSiard(ctx, (analysis) => {
      const findings: Finding[] = [];
      let applicable = false;
      for (const m of siardRepresentations(ctx)) {
        const value = m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
        if (declaredSiardVersion(value) === null) continue;
        applicable = true;
        if (analysis.files.some((f) => f.representation === m.representation)) continue;
        findings.push(
          finding(
            `${m.representation} declares "${value}", but there is no .siard file in ${m.representation}/data/`,
            `${m.representation} anger "${value}", men det finns ingen .siard-fil i ${m.representation}/data/`,
            at(m, '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', m.doc.mets?.line),
          ),
        );
      }
      return outcome(findings, applicable, {
        en: 'No representation declares a SIARD version',
        sv: 'Ingen representation anger någon SIARD-version',
      });
    }),
};
