/**
 * CSIP55 (mets/amdSec/rightsMD/mdRef/@CREATED, 1..1): Creation date and time of the referenced
 * file.
 *
 * Checked: xs:dateTime.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP55: Rule = {
  id: 'CSIP55',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'CREATED'),
};
