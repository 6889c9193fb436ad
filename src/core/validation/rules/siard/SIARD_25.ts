/**
 * SIARD_25 — "The submission agreement SHOULD describe whether the submitted representations of a database is 1:1 with the running database (Full SIARD export) or if any alterations have been made (only a subset of tables)"
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_25: Rule = {
  id: 'SIARD_25',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the submission agreement says whether the delivery is a full SIARD export or a subset',
      'kontrollera att leveransöverenskommelsen anger om leveransen är ett fullständigt SIARD-uttag eller ett urval',
    ),
};
