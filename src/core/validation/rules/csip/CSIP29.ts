/**
 * CSIP29 (mets/dmdSec/mdRef/@CHECKSUM, 1..1): The checksum of the referenced file.
 *
 * Checked: hexadecimal and equal to the digest of the referenced file (compared
 * case-insensitively) when CHECKSUMTYPE is a METS value the engine computes.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP29: Rule = {
  id: 'CSIP29',
  check: (ctx) => checkMdRefAttribute(ctx, 'dmdSec', 'CHECKSUM'),
};
