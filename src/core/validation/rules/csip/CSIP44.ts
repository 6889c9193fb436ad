/**
 * CSIP44 (mets/amdSec/digiprovMD/mdRef/@CHECKSUMTYPE, 1..1): A value from the METS-standard which
 * identifies the algorithm used to calculate the checksum for the referenced file.
 *
 * Checked: a METS 1.12 CHECKSUMTYPE value, case-sensitive.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP44: Rule = {
  id: 'CSIP44',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'CHECKSUMTYPE'),
};
