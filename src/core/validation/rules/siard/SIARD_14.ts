/**
 * SIARD_14 — "If the value in representation mets/@csip:OTHERCONTENTINFORMATIONTYPE is
 * {SIARD_1.0, SIARD2.0, SIARD2.1, Database_dump} then the Package METS.xml fileGrp who refers to
 * the Package METS.xml MUST have the same value."
 *
 * Read as intended: the package METS's file group that refers to the representation METS carries
 * the representation's value.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome } from '../shared/mets-documents.ts';
import { rootGroupsFor, SIARD_OTHER_TYPES, siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_14: Rule = {
  id: 'SIARD_14',
  check: (ctx) =>
    withSiard(ctx, () => {
      const findings: Finding[] = [];
      let applicable = false;
      for (const m of siardRepresentations(ctx)) {
        const value = m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
        if (value === undefined || !SIARD_OTHER_TYPES.includes(value)) continue;
        for (const { root, grp } of rootGroupsFor(ctx, m.representation as string)) {
          applicable = true;
          const found = grp.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
          if (found === value) continue;
          const use = grp.attrs['USE'] ?? '';
          findings.push(
            finding(
              `The package file group "${use}" has csip:OTHERCONTENTINFORMATIONTYPE ${found === undefined ? '(none)' : `"${found}"`}, but ${m.path} declares "${value}"`,
              `Paketets filgrupp "${use}" har csip:OTHERCONTENTINFORMATIONTYPE ${found === undefined ? '(inget)' : `"${found}"`}, men ${m.path} anger "${value}"`,
              at(root, `/mets/fileSec/fileGrp[@USE='${use}']/@csip:OTHERCONTENTINFORMATIONTYPE`, grp.line),
            ),
          );
        }
      }
      return outcome(findings, applicable, {
        en: 'No package file group refers to a representation that declares a SIARD version or Database_dump',
        sv: 'Ingen filgrupp i paketet hänvisar till en representation som anger SIARD-version eller Database_dump',
      });
    }),
};
