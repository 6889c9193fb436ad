import { finding, type Finding, type Rule } from '../../rule.ts';
import { fileGrps } from '../shared/file-section.ts';
import { at } from '../shared/locations.ts';
import { outcome, packageMets, unreadableMets } from '../shared/mets-documents.ts';
import { capitalizeFirst, foldersWithFiles, lowerFirstSegment } from '../shared/package-paths.ts';
import { fileSecLocation } from './file-checks.ts';
import { isRepresentationsGrp } from './file-groups.ts';

/**
 * CSIP114 (Representations file group): "A pointer to the METS document describing the
 * representation or pointers to the content being transferred must be present in one or more file
 * groups with `mets/fileSec/fileGrp/@USE` attribute value starting with "Representations" followed
 * by the path to the folder where the representation level METS document is placed."
 * (1..n when representations exist)
 *
 * Package METS only: every representations/<rep>/ folder holding files needs a file group whose USE
 * names it ("Representations/<rep>", a sub-folder of it, or the whole "Representations"). A
 * representation METS describes its own content with free group names (E-ARK tools write "Data").
 */
export const CSIP114: Rule = {
  id: 'CSIP114',
  check(ctx) {
    const reps = [...foldersWithFiles(ctx)].filter((f) => /^representations\/[^/]+$/.test(f)).sort();
    const root = packageMets(ctx);
    const na = {
      en: 'The package has no representations and no Representations file group',
      sv: 'Paketet har inga representationer och ingen filgrupp för representationer',
    };
    if (!root) {
      const need = {
        en: 'the file group for each representation',
        sv: 'filgruppen för varje representation',
      };
      return outcome(reps.length > 0 ? unreadableMets(ctx, need, true) : [], false, na);
    }
    const grps = fileGrps(root.doc).filter((e) => isRepresentationsGrp(e.grp));
    const folders = grps.map((e) => lowerFirstSegment((e.grp.attrs['USE'] ?? '').trim().replace(/\/+$/, '')));
    const findings: Finding[] = [];
    for (const rep of reps) {
      if (folders.some((f) => f === 'representations' || f === rep || f.startsWith(`${rep}/`))) continue;
      const use = capitalizeFirst(rep);
      const near = fileGrps(root.doc).find(
        (e) => (e.grp.attrs['USE'] ?? '').trim().toLowerCase() === rep.toLowerCase(),
      );
      findings.push(
        finding(
          near
            ? `${rep}/ holds files, but the file group for it has USE '${near.grp.attrs['USE']}'; expected '${use}' (USE starts with "Representations")`
            : `${rep}/ holds files, but ${root.path} has no file group with USE '${use}'`,
          near
            ? `${rep}/ innehåller filer, men dess filgrupp har USE '${near.grp.attrs['USE']}'; '${use}' förväntades (USE börjar med "Representations")`
            : `${rep}/ innehåller filer, men ${root.path} saknar filgrupp med USE '${use}'`,
          near ? at(root, near.xpath, near.grp) : fileSecLocation(root),
        ),
      );
    }
    return outcome(findings, reps.length > 0 || grps.length > 0, na);
  },
};
