/**
 * SIARD_26 — "The submission agreement SHOULD list the tables that are required to be submitted to the archive and to be preserved."
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_26: Rule = {
  id: 'SIARD_26',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the submission agreement lists the tables to be delivered and preserved',
      'kontrollera att leveransöverenskommelsen listar de tabeller som ska levereras och bevaras',
    ),
};
