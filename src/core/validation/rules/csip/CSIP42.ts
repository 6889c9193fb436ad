/**
 * CSIP42 (mets/amdSec/digiprovMD/mdRef/@CREATED, 1..1): Creation date and time of the referenced
 * file.
 *
 * Checked: xs:dateTime.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP42: Rule = {
  id: 'CSIP42',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'CREATED'),
};
