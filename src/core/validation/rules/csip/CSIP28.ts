/**
 * CSIP28 (mets/dmdSec/mdRef/@CREATED, 1..1): The creation date and time of the referenced file.
 *
 * Checked: xs:dateTime.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP28: Rule = {
  id: 'CSIP28',
  check: (ctx) => checkMdRefAttribute(ctx, 'dmdSec', 'CREATED'),
};
