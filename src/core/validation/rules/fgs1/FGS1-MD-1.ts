/**
 * FGS1-MD-1 (MUST): every mdRef of a dmdSec or amdSec resolves to a file of the package, and its
 * SIZE and CHECKSUM, when given, match that file. Not applicable when sip.xml references no
 * metadata by mdRef (many 1.x packages list metadata files in the fileSec instead).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { checksumTypeProblem, digestMismatch, sizeMismatch } from '../shared/file-facts.ts';
import { sectionsIn } from '../shared/metadata-sections.ts';
import { hrefFile, hrefProblem } from '../shared/package-paths.ts';
import { parseSize } from '../shared/xsd-datatypes.ts';
import { loc, onOptionalSip } from './sip-mets.ts';

export const FGS1_MD_1: Rule = {
  id: 'FGS1-MD-1',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const sections = sectionsIn({ ...m, representation: '' }, [
        'dmdSec',
        'techMD',
        'rightsMD',
        'sourceMD',
        'digiprovMD',
      ]);
      const refs = sections.flatMap((s) => s.sec.mdRefs.map((ref) => ({ ref, xpath: `${s.xpath}/mdRef` })));
      if (refs.length === 0)
        return notApplicable(
          'sip.xml references no metadata by mdRef',
          'sip.xml refererar inga metadata med mdRef',
        );
      return refs.flatMap(({ ref, xpath }): Finding[] => {
        const where = loc(m, xpath, ref);
        const problem = hrefProblem(ctx, m, ref);
        if (problem) return [finding(`The mdRef: ${problem.en}`, `mdRef: ${problem.sv}`, where)];
        const path = hrefFile(ctx, m, ref) as string;
        const out: Finding[] = [];
        const size = ref.attrs['SIZE'];
        const stated = size === undefined ? null : parseSize(size);
        if (size !== undefined && stated === null) {
          out.push(
            finding(
              `The mdRef to ${path} has SIZE '${size}', which is not a number of bytes`,
              `mdRef till ${path} har SIZE '${size}', som inte är ett antal byte`,
              where,
            ),
          );
        }
        const actualSize = stated === null ? undefined : sizeMismatch(ctx, path, stated);
        if (actualSize !== undefined) {
          out.push(
            finding(
              `The mdRef to ${path} has SIZE ${stated}, but the file is ${actualSize} bytes`,
              `mdRef till ${path} har SIZE ${stated}, men filen är ${actualSize} byte`,
              where,
            ),
          );
        }
        const sum = ref.attrs['CHECKSUM'];
        const type = ref.attrs['CHECKSUMTYPE'];
        if (sum === undefined || type === undefined) return out;
        const typeProblem = checksumTypeProblem(type);
        if (typeProblem) return [...out, finding(typeProblem.en, typeProblem.sv, where)];
        const actual = digestMismatch(ctx, path, type, sum.trim());
        if (actual !== undefined) {
          out.push(
            finding(
              `The ${type} checksum of ${path} is ${sum} in the mdRef, but the file has ${actual}`,
              `${type}-kontrollsumman för ${path} är ${sum} i mdRef, men filen har ${actual}`,
              where,
            ),
          );
        }
        return out;
      });
    }),
};
