/**
 * SIARD_33 — "There MAY be videos or screen dumps from the system as seen from the user’s point of view in the Documentation folder."
 *
 * A permission about documentation content, which only a person can judge: reported as a manual
 * checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_33: Rule = {
  id: 'SIARD_33',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'videos or screen dumps of the system as users see it may be included in the documentation folder',
      'videor eller skärmbilder av systemet som användarna ser det får finnas i dokumentationsmappen',
    ),
};
