/**
 * SIARD_28 — "The submission agreement SHOULD list the documentation that is decided to be submitted to the archive."
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_28: Rule = {
  id: 'SIARD_28',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the submission agreement lists the documentation to be delivered',
      'kontrollera att leveransöverenskommelsen listar den dokumentation som ska levereras',
    ),
};
