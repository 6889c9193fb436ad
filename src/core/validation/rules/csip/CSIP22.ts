/**
 * CSIP22 (mets/dmdSec/mdRef[@LOCTYPE='URL'], 1..1): The locator type is always used with the value
 * "URL" from the vocabulary in the attribute.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP22: Rule = {
  id: 'CSIP22',
  check: (ctx) => checkMdRefAttribute(ctx, 'dmdSec', 'LOCTYPE'),
};
