/**
 * CSIP36 (mets/amdSec/digiprovMD/mdRef[@LOCTYPE='URL'], 1..1): The locator type is always used
 * with the value "URL" from the vocabulary in the attribute.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP36: Rule = {
  id: 'CSIP36',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'LOCTYPE'),
};
