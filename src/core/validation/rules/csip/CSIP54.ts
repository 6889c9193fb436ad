/**
 * CSIP54 (mets/amdSec/rightsMD/mdRef/@SIZE, 1..1): Size of the referenced file in bytes.
 *
 * Checked: an xs:long that is not negative, equal to the size of the referenced file.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP54: Rule = {
  id: 'CSIP54',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'SIZE'),
};
