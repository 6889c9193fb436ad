import { finding, type Rule } from '../../rule.ts';
import { sizeDiffers } from '../shared/file-facts.ts';
import { fileTarget } from '../shared/file-targets.ts';
import { at } from '../shared/locations.ts';
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
      // Location and name only for a finding: computed for every file they cost more than the check.
      if (size === undefined || size.trim() === '') {
        const name = fileName(m, e);
        return [finding(`The file ${name} has no SIZE`, `Filen ${name} saknar SIZE`, at(m, e.xpath, e.file))];
      }
      const stated = parseSize(size);
      if (stated === null) {
        const name = fileName(m, e);
        return [
          finding(
            `The file ${name} has SIZE '${size}', which is not a number of bytes`,
            `Filen ${name} har SIZE '${size}', som inte är ett antal byte`,
            at(m, e.xpath, e.file),
          ),
        ];
      }
      const actual = sizeDiffers(fileTarget(ctx, m, e).size, stated);
      if (actual === undefined) return [];
      const name = fileName(m, e);
      return [
        finding(
          `The file ${name} has SIZE ${stated}, but the file is ${actual} bytes`,
          `Filen ${name} har SIZE ${stated}, men filen är ${actual} byte`,
          at(m, e.xpath, e.file),
        ),
      ];
    }),
};
