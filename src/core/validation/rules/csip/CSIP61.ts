import { finding, type Rule } from '../../rule.ts';
import { idrefs } from '../shared/ids.ts';
import { at } from '../shared/locations.ts';
import { amdIds } from '../shared/metadata-sections.ts';
import { checkFileGrps } from './file-checks.ts';

/**
 * CSIP61 (Reference to administrative metadata): "If administrative metadata has been provided at
 * file group `mets/fileSec/fileGrp` level this attribute refers to its administrative metadata
 * section by ID." (mets/fileSec/fileGrp/@ADMID, 0..1)
 *
 * Where ADMID is used, each ID it lists must be an amdSec or one of its sections in the same METS.
 */
export const CSIP61: Rule = {
  id: 'CSIP61',
  check: (ctx) =>
    checkFileGrps(
      ctx,
      (m, e) => {
        const admid = e.grp.attrs['ADMID'];
        if (admid === undefined) return null;
        const refs = idrefs(admid);
        const loc = at(m, e.xpath, e.grp);
        if (refs.length === 0)
          return [finding('The file group has an empty ADMID', 'Filgruppen har ett tomt ADMID', loc)];
        const amd = amdIds(m.doc);
        return refs
          .filter((r) => !amd.has(r))
          .map((id) =>
            finding(
              `The file group's ADMID refers to '${id}', which is not an administrative metadata section (amdSec) of ${m.path}`,
              `Filgruppens ADMID hänvisar till '${id}', som inte är en administrativ metadatasektion (amdSec) i ${m.path}`,
              loc,
            ),
          );
      },
      {
        en: 'No file group refers to administrative metadata (ADMID)',
        sv: 'Ingen filgrupp hänvisar till administrativ metadata (ADMID)',
      },
    ),
};
