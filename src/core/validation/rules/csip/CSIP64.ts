import type { MetsFile } from '../../../package/mets-model.ts';
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import type { Mets } from '../shared/mets-documents.ts';
import { hrefTarget } from '../shared/package-paths.ts';
import { checkFileGrps } from './file-checks.ts';
import { useFolders } from './file-groups.ts';

/**
 * CSIP64 (Description of the use of the file group): "The value in the `mets/fileSec/fileGrp/@USE`
 * is the name of the whole folder structure to the data, e.g "Documentation", "Schemas",
 * "Representations/preingest" or "Representations/submission/data"." (1..1)
 *
 * Every file group has a USE, and the files it lists lie in the folder the USE names: the path as
 * written or with a lower-case first segment ("Documentation" → documentation/), from the package
 * root or from the folder of the METS document ("Data" in a representation METS). Files whose
 * location cannot be resolved are left to CSIP79.
 */
export const CSIP64: Rule = {
  id: 'CSIP64',
  check: (ctx) =>
    checkFileGrps(ctx, (m, e) => {
      const use = e.grp.attrs['USE'];
      if (use === undefined || use.trim() === '') {
        return [
          finding(
            `The file group '${e.grp.attrs['ID'] ?? ''}' has no USE naming the folder of its files`,
            `Filgruppen '${e.grp.attrs['ID'] ?? ''}' saknar USE som anger mappen för dess filer`,
            at(m, e.xpath, e.grp),
          ),
        ];
      }
      const paths = targets(m, e.grp.files);
      const outside = paths.length === 0 ? null : firstOutside(useFolders(m, use), paths);
      if (outside === null) return [];
      return [
        finding(
          `The file group USE '${use}' does not name the folder of its files: ${outside} lies outside it`,
          `Filgruppens USE '${use}' anger inte mappen för dess filer: ${outside} ligger utanför den`,
          at(m, e.xpath, e.grp),
        ),
      ];
    }),
};

function targets(m: Mets, files: readonly MetsFile[], out: string[] = []): string[] {
  for (const f of files) {
    for (const loc of f.flocats) {
      const t = hrefTarget(m, loc);
      if (t) out.push(t);
    }
    targets(m, f.files, out);
  }
  return out;
}

/** null when one candidate folder holds every path; else a path outside the best candidate. */
function firstOutside(candidates: readonly string[], paths: readonly string[]): string | null {
  let best: { misses: number; first: string } | null = null;
  for (const c of candidates) {
    const prefix = `${c}/`;
    const missing = paths.filter((p) => !p.startsWith(prefix));
    if (missing.length === 0) return null;
    if (!best || missing.length < best.misses) best = { misses: missing.length, first: missing[0] as string };
  }
  return best ? best.first : (paths[0] as string);
}
