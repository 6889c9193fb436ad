/**
 * SIARD_24 — "The submission agreement SHOULD describe how many representations of the database that the Producer has to submit."
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_24: Rule = {
  id: 'SIARD_24',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the submission agreement says how many representations of the database are to be delivered',
      'kontrollera att leveransöverenskommelsen anger hur många representationer av databasen som ska levereras',
    ),
};
