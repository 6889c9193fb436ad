/**
 * SIARD_3 (mets/@csip:CONTENTINFORMATIONTYPE) — "The `mets/@csip:CONTENTINFORMATIONTYPE` attribute is set to the value "citssiard_v1_0"."
 *
 * Checks the package METS; exact spelling.
 */
import type { Rule } from '../../rule.ts';
import { packageValue } from './mets-values.ts';
import { CITS_SIARD } from './siard-support.ts';

export const SIARD_3: Rule = {
  id: 'SIARD_3',
  check: (ctx) => packageValue(ctx, 'csip:CONTENTINFORMATIONTYPE', CITS_SIARD),
};
