/**
 * SIARD_30 (SHOULD) — "There SHOULD be a system diagram in the Documentation folder. Preferably an
 * Entity/Relationship Diagramme"
 *
 * Checkable part: a documentation folder holds a diagram (a file in database_diagrams/, or a file
 * named like a diagram). Whether it is an ER diagram is for a person to see.
 */
import { finding, type Rule } from '../../rule.ts';
import { diagrams } from './diagrams.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_30: Rule = {
  id: 'SIARD_30',
  check: (ctx) =>
    withSiard(ctx, () => {
      const { inFolder, elsewhere } = diagrams(ctx);
      if (inFolder.length + elsewhere.length > 0) return [];
      return [
        finding(
          'No system diagram in a documentation folder (expected in documentation/database_diagrams/, preferably an ER diagram)',
          'Inget systemdiagram i en dokumentationsmapp (förväntas i documentation/database_diagrams/, helst ett ER-diagram)',
          { file: 'documentation' },
        ),
      ];
    }),
};
