/**
 * SIARD_5 (mets/@PROFILE) — "The value is set to "https://citssiard.dilcis.eu/profile/E-ARK-SIARD-ROOT.xml"."
 *
 * Checks the package METS; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { packageValue } from './mets-values.ts';
import { ROOT_PROFILE_URL } from './siard-support.ts';

export const SIARD_5: Rule = {
  id: 'SIARD_5',
  check: (ctx) => packageValue(ctx, 'PROFILE', ROOT_PROFILE_URL),
};
