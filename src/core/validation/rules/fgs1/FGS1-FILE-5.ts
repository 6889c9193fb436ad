/**
 * FGS1-FILE-5 (MUST): every file has CHECKSUM and CHECKSUMTYPE, the type is a METS checksum type,
 * and the checksum equals the digest computed from the file (hex without regard to letter case;
 * PowerShell's Get-FileHash writes upper case). A checksum type samarkiv cannot compute cannot be
 * verified and is reported: kontrollpunkt K04 asks for verified checksums. A missing file is
 * FGS1-LOC-2's finding.
 */
import { finding, type Finding, type Rule } from '../../rule.ts';
import { checksumTypeProblem, digestMismatch } from '../shared/file-facts.ts';
import { everySipFile } from './sip-files.ts';
import { loc } from './sip-mets.ts';

export const FGS1_FILE_5: Rule = {
  id: 'FGS1-FILE-5',
  check: (ctx) =>
    everySipFile(ctx, (f, m) => {
      const sum = f.file.attrs['CHECKSUM'];
      const type = f.file.attrs['CHECKSUMTYPE'];
      const where = loc(m, `${f.xpath}/@CHECKSUM`, f.file);
      const out: Finding[] = [];
      if (sum === undefined || sum.trim() === '')
        out.push(finding(`The file ${f.name} has no CHECKSUM`, `Filen ${f.name} saknar CHECKSUM`, where));
      if (type === undefined || type.trim() === '') {
        out.push(
          finding(`The file ${f.name} has no CHECKSUMTYPE`, `Filen ${f.name} saknar CHECKSUMTYPE`, where),
        );
      } else {
        const problem = checksumTypeProblem(type);
        if (problem) out.push(finding(problem.en, problem.sv, where));
        else if (ctx.unsupportedChecksumTypes.has(type)) {
          out.push(
            finding(
              `The checksum of ${f.name} is ${type}, which samarkiv cannot compute, so it cannot be verified`,
              `Kontrollsumman för ${f.name} är ${type}, som samarkiv inte kan beräkna, så den kan inte verifieras`,
              where,
            ),
          );
        }
      }
      if (out.length > 0 || f.existing === null) return out;
      const actual = digestMismatch(ctx, f.existing, type as string, (sum as string).trim());
      if (actual === undefined) return [];
      return [
        finding(
          `The ${type} checksum of ${f.name} is ${sum}, but ${f.existing} has ${actual}`,
          `${type}-kontrollsumman för ${f.name} är ${sum}, men ${f.existing} har ${actual}`,
          where,
        ),
      ];
    }),
};
