import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, checkFiles, checkLocation, fileName, type FileEntry, type Mets } from './support-structure.ts';

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
    checkFiles(ctx, (m, e) => {
      const out: Finding[] = [];
      e.file.flocats.forEach((loc, i) => {
        const problem = checkLocation(ctx, m, loc);
        if (!problem) return;
        out.push(
          finding(
            `The location of the file ${name(m, e)}: ${problem.en}`,
            `Sökvägen till filen ${name(m, e)}: ${problem.sv}`,
            at(m, `${e.xpath}/FLocat${e.file.flocats.length > 1 ? `[${i + 1}]` : ''}`, loc),
          ),
        );
      });
      return out;
    }),
};

/** The file's ID names it best here: its location is what is wrong. */
function name(m: Mets, e: FileEntry): string {
  const id = e.file.attrs['ID'];
  return id ? `'${id}'` : fileName(m, e);
}
