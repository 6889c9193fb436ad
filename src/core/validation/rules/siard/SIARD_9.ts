/**
 * SIARD_9 (mets/@TYPE) — "The `mets/@TYPE` attribute is set to the value "Databases"." (in the representation METS)
 *
 * Checks every representation METS that holds the database; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { representationValue } from './mets-values.ts';

export const SIARD_9: Rule = {
  id: 'SIARD_9',
  check: (ctx) => representationValue(ctx, 'TYPE', 'Databases'),
};
