/**
 * CSIP57 (mets/amdSec/rightsMD/mdRef/@CHECKSUMTYPE, 1..1): A value from the METS-standard which
 * identifies the algorithm used to calculate the checksum for the referenced file.
 *
 * Checked: a METS 1.12 CHECKSUMTYPE value, case-sensitive.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP57: Rule = {
  id: 'CSIP57',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'CHECKSUMTYPE'),
};
