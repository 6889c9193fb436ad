/**
 * FGS1-FILE-4 (MUST): every file has a SIZE in bytes equal to the real size of the file its FLocat
 * points to. A missing file is FGS1-LOC-2's finding.
 */
import { finding, type Rule } from '../../rule.ts';
import { sizeMismatch } from '../shared/file-facts.ts';
import { parseSize } from '../shared/xsd-datatypes.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_4: Rule = {
  id: 'FGS1-FILE-4',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const size = f.file.attrs['SIZE'];
      const where = loc(m, `${f.xpath}/@SIZE`, f.file);
      if (size === undefined || size.trim() === '') {
        return [finding(`The file ${f.name} has no SIZE`, `Filen ${f.name} saknar SIZE`, where)];
      }
      const stated = parseSize(size);
      if (stated === null) {
        return [
          finding(
            `The file ${f.name} has SIZE '${size}', which is not a number of bytes`,
            `Filen ${f.name} har SIZE '${size}', som inte är ett antal byte`,
            where,
          ),
        ];
      }
      const actual = f.existing === null ? undefined : sizeMismatch(ctx, f.existing, stated);
      if (actual === undefined) return [];
      return [
        finding(
          `The file ${f.name} has SIZE ${stated}, but ${f.existing} is ${actual} bytes`,
          `Filen ${f.name} har SIZE ${stated}, men ${f.existing} är ${actual} byte`,
          where,
        ),
      ];
    }),
};
