/**
 * FGS1-LOC-2 (MUST): every FLocat href resolves to a file of the package (`file:///content/1/a.pdf`
 * is `content/1/a.pdf` from the package root; resolveHref in package-context.ts). Paths are
 * case-sensitive; a name that differs only in case is named. A missing href is FGS1-LOC-1's finding.
 */
import { finding, type Rule } from '../../rule.ts';
import { hrefProblem } from '../shared/package-paths.ts';
import { everySipFile } from './sip-files.ts';
import { isBlank, loc } from './sip-mets.ts';

export const FGS1_LOC_2: Rule = {
  id: 'FGS1-LOC-2',
  check: (ctx) =>
    everySipFile(ctx, (f, m) =>
      f.file.flocats.flatMap((flocat) => {
        if (isBlank(flocat.attrs['xlink:href'])) return [];
        const problem = hrefProblem(ctx, m, flocat);
        if (!problem) return [];
        return [
          finding(
            `The file ${f.name}: ${problem.en}`,
            `Filen ${f.name}: ${problem.sv}`,
            loc(m, `${f.xpath}/FLocat/@xlink:href`, flocat),
          ),
        ];
      }),
    ),
};
