/**
 * CSIP37 (mets/amdSec/digiprovMD/mdRef[@xlink:type='simple'], 1..1): Attribute used with the value
 * “simple”. Value list is maintained by the xlink standard.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP37: Rule = {
  id: 'CSIP37',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'xlink:type'),
};
