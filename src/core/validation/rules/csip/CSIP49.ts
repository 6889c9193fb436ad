/**
 * CSIP49 (mets/amdSec/rightsMD/mdRef[@LOCTYPE='URL'], 1..1): The locator type is always used with
 * the value "URL" from the vocabulary in the attribute.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP49: Rule = {
  id: 'CSIP49',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'LOCTYPE'),
};
