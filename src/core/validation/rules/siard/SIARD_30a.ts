/**
 * SIARD_30a (SHOULD) — "The system diagrams SHOULD be located in a subfolder called
 * database_diagrams"
 *
 * Files in documentation/ named like diagrams but outside database_diagrams/ fail; without any
 * diagram there is nothing to place (SIARD_30 reports that).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { diagrams } from './diagrams.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_30a: Rule = {
  id: 'SIARD_30a',
  check: (ctx) =>
    withSiard(ctx, () => {
      const { inFolder, elsewhere } = diagrams(ctx);
      if (inFolder.length + elsewhere.length === 0)
        return notApplicable(
          'There is no system diagram (see SIARD_30)',
          'Det finns inget systemdiagram (se SIARD_30)',
        );
      return elsewhere.map((path) =>
        finding(
          `${path} looks like a system diagram but is not in a database_diagrams folder`,
          `${path} ser ut som ett systemdiagram men ligger inte i en mapp database_diagrams`,
          { file: path },
        ),
      );
    }),
};
