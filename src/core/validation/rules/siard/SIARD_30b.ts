/**
 * SIARD_30b (MAY) — "System diagrams MAY be archived as PNG-files."
 *
 * A permission: it cannot fail (the format policy judges each file's format). Applies when there
 * are system diagrams.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { diagrams } from './diagrams.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_30b: Rule = {
  id: 'SIARD_30b',
  check: (ctx) =>
    withSiard(ctx, () => {
      const { inFolder, elsewhere } = diagrams(ctx);
      return inFolder.length + elsewhere.length > 0
        ? []
        : notApplicable(
            'There is no system diagram (see SIARD_30)',
            'Det finns inget systemdiagram (se SIARD_30)',
          );
    }),
};
