/**
 * CSIP52 (mets/amdSec/rightsMD/mdRef/@MDTYPE, 1..1): Specifies the type of metadata in the
 * referenced file. Value is taken from the list provided by the METS.
 *
 * Checked: a value of the METS 1.12 MDTYPE enumeration, exact spelling; OTHER needs OTHERMDTYPE.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP52: Rule = {
  id: 'CSIP52',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'MDTYPE'),
};
