/**
 * CSIP39 (mets/amdSec/digiprovMD/mdRef/@MDTYPE, 1..1): Specifies the type of metadata in the
 * referenced file. Values are taken from the list provided by the METS.
 *
 * Checked: a value of the METS 1.12 MDTYPE enumeration, exact spelling; OTHER needs OTHERMDTYPE.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP39: Rule = {
  id: 'CSIP39',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'MDTYPE'),
};
