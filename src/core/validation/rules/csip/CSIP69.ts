import { finding, type Rule } from '../../rule.ts';
import { sizeMismatch } from '../shared/file-facts.ts';
import { at } from '../shared/locations.ts';
import { hrefFile } from '../shared/package-paths.ts';
import { parseSize } from '../shared/xsd-datatypes.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP69 (File size): "Size of the referenced file in bytes." (mets/fileSec/fileGrp/file/@SIZE)
 *
 * Present, an xs:long, not negative, and equal to the size of the file the FLocat points to (when
 * that file exists; a missing file is CSIP79's finding).
 */

export const CSIP69: Rule = {
  id: 'CSIP69',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const size = e.file.attrs['SIZE'];
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (size === undefined || size.trim() === '') {
        return [finding(`The file ${name} has no SIZE`, `Filen ${name} saknar SIZE`, loc)];
      }
      const stated = parseSize(size);
      if (stated === null) {
        return [
          finding(
            `The file ${name} has SIZE '${size}', which is not a number of bytes`,
            `Filen ${name} har SIZE '${size}', som inte är ett antal byte`,
            loc,
          ),
        ];
      }
      const flocat = e.file.flocats[0];
      const target = flocat ? hrefFile(ctx, m, flocat) : null;
      const actual = target === null ? undefined : sizeMismatch(ctx, target, stated);
      if (actual === undefined) return [];
      return [
        finding(
          `The file ${name} has SIZE ${stated}, but the file is ${actual} bytes`,
          `Filen ${name} har SIZE ${stated}, men filen är ${actual} byte`,
          loc,
        ),
      ];
    }),
};
