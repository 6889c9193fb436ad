/**
 * SIARD_2 (mets/@TYPE) — "The `mets/@TYPE` attribute is set to the value "Databases"."
 *
 * Checks the package METS; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { packageValue } from './mets-values.ts';

export const SIARD_2: Rule = {
  id: 'SIARD_2',
  check: (ctx) => packageValue(ctx, 'TYPE', 'Databases'),
};
