import { finding, type Finding, type Rule } from '../../rule.ts';
import { amdIds, at, fileGrps, idrefs, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP61 (Reference to administrative metadata): "If administrative metadata has been provided at
 * file group `mets/fileSec/fileGrp` level this attribute refers to its administrative metadata
 * section by ID." (mets/fileSec/fileGrp/@ADMID, 0..1)
 *
 * Where ADMID is used, each ID it lists must be an amdSec or one of its sections in the same METS.
 */
export const CSIP61: Rule = {
  id: 'CSIP61',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      const amd = amdIds(m.doc);
      for (const e of fileGrps(m.doc)) {
        const refs = idrefs(e.grp.attrs['ADMID']);
        if (e.grp.attrs['ADMID'] === undefined) continue;
        applicable = true;
        if (refs.length === 0) {
          findings.push(
            finding(
              'The file group has an empty ADMID',
              'Filgruppen har ett tomt ADMID',
              at(m, e.xpath, e.grp),
            ),
          );
        }
        for (const id of refs.filter((r) => !amd.has(r))) {
          findings.push(
            finding(
              `The file group's ADMID refers to '${id}', which is not an administrative metadata section (amdSec) of ${m.path}`,
              `Filgruppens ADMID hänvisar till '${id}', som inte är en administrativ metadatasektion (amdSec) i ${m.path}`,
              at(m, e.xpath, e.grp),
            ),
          );
        }
      }
    }
    return outcome(findings, applicable, {
      en: 'No file group refers to administrative metadata (ADMID)',
      sv: 'Ingen filgrupp hänvisar till administrativ metadata (ADMID)',
    });
  },
};
