/**
 * AIPM3 — OAIS Package type information:
 * "The CSIP attribute `@csip:OAISPACKAGETYPE` must have the value "AIP"."
 * Test TEST-AIPM3-1: /mets/metsHdr[@csip:OAISPACKAGETYPE="AIP"]. Package METS only.
 */
import type { Rule } from '../../rule.ts';
import { checkPackageType } from '../shared/package-declarations.ts';

export const AIPM3: Rule = {
  id: 'AIPM3',
  check: (ctx) => checkPackageType(ctx, 'AIP'),
};
