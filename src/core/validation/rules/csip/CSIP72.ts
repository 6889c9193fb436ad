import { finding, type Rule } from '../../rule.ts';
import { checksumTypeProblem } from '../shared/file-facts.ts';
import { at } from '../shared/locations.ts';
import { checkFiles, fileName } from './file-checks.ts';

/**
 * CSIP72 (File checksum type): "A value from the METS-standard which identifies the algorithm used
 * to calculate the checksum for the referenced file." (mets/fileSec/fileGrp/file/@CHECKSUMTYPE)
 *
 * One of the METS 1.12 enumeration values, spelled exactly (the schema is case-sensitive).
 */
export const CSIP72: Rule = {
  id: 'CSIP72',
  check: (ctx) =>
    checkFiles(ctx, (m, e) => {
      const type = e.file.attrs['CHECKSUMTYPE'];
      if (type !== undefined && type.trim() !== '' && checksumTypeProblem(type) === null) return [];
      const loc = at(m, e.xpath, e.file);
      const name = fileName(m, e);
      if (type === undefined || type.trim() === '') {
        return [finding(`The file ${name} has no CHECKSUMTYPE`, `Filen ${name} saknar CHECKSUMTYPE`, loc)];
      }
      const problem = checksumTypeProblem(type);
      return problem ? [finding(`The file ${name}: ${problem.en}`, `Filen ${name}: ${problem.sv}`, loc)] : [];
    }),
};
