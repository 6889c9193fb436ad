/**
 * SIARD_12 (mets/@PROFILE) — "The value is set to "https://citssiard.dilcis.eu/profile/E-ARK-SIARD-REPRESENTATION.xml"." (in the representation METS)
 *
 * Checks every representation METS that holds the database; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { representationValue } from './mets-values.ts';
import { REP_PROFILE_URL } from './siard-support.ts';

export const SIARD_12: Rule = {
  id: 'SIARD_12',
  check: (ctx) => representationValue(ctx, 'PROFILE', REP_PROFILE_URL),
};
