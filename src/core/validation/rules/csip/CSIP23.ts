/**
 * CSIP23 (mets/dmdSec/mdRef[@xlink:type='simple'], 1..1): Attribute used with the value “simple”.
 * Value list is maintained by the xlink standard.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP23: Rule = {
  id: 'CSIP23',
  check: (ctx) => checkMdRefAttribute(ctx, 'dmdSec', 'xlink:type'),
};
