import type { FileGrp } from '../../../package/mets-model.ts';
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkFileGrps } from './file-checks.ts';

/**
 * CSIP66 (File): "The file group (`<fileGrp>`) contains the file elements which describe the file
 * objects." (mets/fileSec/fileGrp/file, 1..n)
 *
 * A file group that only groups other file groups passes when those hold files.
 */
export const CSIP66: Rule = {
  id: 'CSIP66',
  check: (ctx) =>
    checkFileGrps(ctx, (m, e) => {
      if (holdsFiles(e.grp)) return [];
      const name = e.grp.attrs['USE'] ?? e.grp.attrs['ID'] ?? '';
      return [
        finding(
          `The file group '${name}' contains no file elements`,
          `Filgruppen '${name}' innehåller inga file-element`,
          at(m, e.xpath, e.grp),
        ),
      ];
    }),
};

function holdsFiles(grp: FileGrp): boolean {
  return grp.files.length > 0 || grp.fileGrps.some(holdsFiles);
}
