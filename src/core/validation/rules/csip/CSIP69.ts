import { finding, type Rule } from '../../rule.ts';
import { at, checkFiles, fileName, hrefTarget, isXsLong } from './support-structure.ts';

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
      if (!isXsLong(size) || BigInt(size) < 0n) {
        return [
          finding(
            `The file ${name} has SIZE '${size}', which is not a number of bytes`,
            `Filen ${name} har SIZE '${size}', som inte är ett antal byte`,
            loc,
          ),
        ];
      }
      const flocat = e.file.flocats[0];
      const target = flocat ? hrefTarget(m, flocat) : null;
      const actual = target ? (ctx.files.get(target)?.size ?? fileSize(ctx.entries.get(target))) : undefined;
      if (actual === undefined || BigInt(size) === BigInt(actual)) return [];
      return [
        finding(
          `The file ${name} has SIZE ${size}, but the file is ${actual} bytes`,
          `Filen ${name} har SIZE ${size}, men filen är ${actual} byte`,
          loc,
        ),
      ];
    }),
};

function fileSize(entry: { type: string; size: number } | undefined): number | undefined {
  return entry?.type === 'file' ? entry.size : undefined;
}
