/**
 * SIARD_27 — "The submission agreement SHOULD list a set of SQL queries that are decided to be submitted to the archive and are to be preserved under the 'views'-element in metadata.xml."
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_27: Rule = {
  id: 'SIARD_27',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the submission agreement lists the SQL queries to be preserved as views in metadata.xml',
      'kontrollera att leveransöverenskommelsen listar de SQL-frågor som ska bevaras som vyer i metadata.xml',
    ),
};
