/**
 * SIARD_32 — "Documentation of the legal context of the database and associated system SHOULD be provided in the Documentation folder."
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_32: Rule = {
  id: 'SIARD_32',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the documentation folder describes the legal context of the database and its system',
      'kontrollera att dokumentationsmappen beskriver databasens och systemets rättsliga sammanhang',
    ),
};
