/**
 * SIARD_10 (mets/@csip:CONTENTINFORMATIONTYPE) — "The `mets/@csip:CONTENTINFORMATIONTYPE` attribute is set to the value "citssiard_v1_0"." (in the representation METS)
 *
 * Checks every representation METS that holds the database; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { representationValue } from './mets-values.ts';
import { CITS_SIARD } from './siard-support.ts';

export const SIARD_10: Rule = {
  id: 'SIARD_10',
  check: (ctx) => representationValue(ctx, 'csip:CONTENTINFORMATIONTYPE', CITS_SIARD),
};
