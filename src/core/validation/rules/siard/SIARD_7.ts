/**
 * SIARD_7 (fileGrp[@csip:CONTENTINFORMATIONTYPE='citssiard_v1_0']/@csip:OTHERCONTENTINFORMATIONTYPE,
 * 1..1) — "For any mets/fileSec/fileGrp[@csip:CONTENTINFORMATIONTYPE with the value
 * “citssiard_v1_0” there MUST be a @csip:OTHERCONTENTINFORMATIONTYPE attribute with a value taken
 * from the vocabulary {SIARD_1.0; SIARD_2.0, SIARD_2.1, SIARD_2.2 Database_dump}."
 *
 * Every file group of every METS document that carries citssiard_v1_0.
 */
import { walkFileGrps } from '../../../package/mets-model.ts';
import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { CITS_SIARD, SIARD_OTHER_TYPES, withSiard } from './siard-support.ts';

export const SIARD_7: Rule = {
  id: 'SIARD_7',
  check: (ctx) =>
    withSiard(ctx, () => {
      const findings: Finding[] = [];
      let applicable = false;
      for (const m of readableMets(ctx)) {
        for (const grp of walkFileGrps(m.doc)) {
          if (grp.attrs['csip:CONTENTINFORMATIONTYPE'] !== CITS_SIARD) continue;
          applicable = true;
          const value = grp.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
          if (value !== undefined && SIARD_OTHER_TYPES.includes(value)) continue;
          const use = grp.attrs['USE'] ?? '';
          findings.push(
            finding(
              `File group "${use}" in ${m.path} has csip:OTHERCONTENTINFORMATIONTYPE ${value === undefined ? '(none)' : `"${value}"`}; expected one of ${SIARD_OTHER_TYPES.join(', ')}`,
              `Filgruppen "${use}" i ${m.path} har csip:OTHERCONTENTINFORMATIONTYPE ${value === undefined ? '(inget)' : `"${value}"`}; ett av ${SIARD_OTHER_TYPES.join(', ')} förväntades`,
              at(m, `//fileGrp[@USE='${use}']/@csip:OTHERCONTENTINFORMATIONTYPE`, grp.line),
            ),
          );
        }
      }
      return outcome(findings, applicable, {
        en: `No file group declares ${CITS_SIARD} (see SIARD_6)`,
        sv: `Ingen filgrupp anger ${CITS_SIARD} (se SIARD_6)`,
      });
    }),
};
