/**
 * CSIP50 (mets/amdSec/rightsMD/mdRef[@xlink:type='simple'], 1..1): Attribute used with the value
 * “simple”. Value list is maintained by the xlink standard.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP50: Rule = {
  id: 'CSIP50',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'xlink:type'),
};
