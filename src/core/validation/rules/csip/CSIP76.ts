import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP76 (File locator reference): "The location of each external file must be defined by the file
 * location `<FLocat>` element using the same rules as references for metadata files."
 * (mets/fileSec/fileGrp/file/FLocat, 1..1)
 */
export const CSIP76: Rule = {
  id: 'CSIP76',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const n = e.file.flocats.length;
      if (n === 1) return [];
      return [
        finding(
          n === 0
            ? `The file ${fileName(m, e)} has no FLocat giving its location`
            : `The file ${fileName(m, e)} has ${n} FLocat elements; exactly one is expected`,
          n === 0
            ? `Filen ${fileName(m, e)} saknar FLocat som anger var den finns`
            : `Filen ${fileName(m, e)} har ${n} FLocat-element; exakt ett förväntas`,
          at(m, e.xpath, e.file),
        ),
      ];
    }),
};
