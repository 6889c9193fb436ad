import { finding, type Rule } from '../../rule.ts';
import type { FileEntry } from '../shared/file-section.ts';
import { at } from '../shared/locations.ts';
import type { Mets } from '../shared/mets-documents.ts';
import { hrefProblem } from '../shared/package-paths.ts';
import { checkFLocats, fileName } from './file-checks.ts';

/**
 * CSIP79 (Resource location): "The actual location of the resource. We recommend recording a URL
 * type filepath within this attribute." (mets/fileSec/fileGrp/file/FLocat/@xlink:href, 1..1)
 *
 * Present, and resolving (percent-decoded, relative to the METS file, case-sensitive) to a file that
 * exists in the package. One map lookup per FLocat, so 100,000 files cost 100,000 lookups.
 */
export const CSIP79: Rule = {
  id: 'CSIP79',
  check: (ctx) =>
    checkFLocats(ctx, (m, e, loc, xpath) => {
      const problem = hrefProblem(ctx, m, loc);
      if (!problem) return [];
      return [
        finding(
          `The location of the file ${name(m, e)}: ${problem.en}`,
          `Sökvägen till filen ${name(m, e)}: ${problem.sv}`,
          at(m, xpath, loc),
        ),
      ];
    }),
};

function name(m: Mets, e: FileEntry): string {
  const id = e.file.attrs['ID'];
  return id ? `'${id}'` : fileName(m, e);
}
