/**
 * DIP3 — OAIS Package type information, metsHdr[@csip:OAISPACKAGETYPE='DIP'] (1..1):
 * "The in CSIP added attribute `@csip:OAISPACKAGETYPE` is used with the value "DIP"."
 * Package METS only.
 */
import type { Rule } from '../../rule.ts';
import { checkPackageType } from '../shared/package-declarations.ts';

export const DIP3: Rule = {
  id: 'DIP3',
  check: (ctx) => checkPackageType(ctx, 'DIP'),
};
