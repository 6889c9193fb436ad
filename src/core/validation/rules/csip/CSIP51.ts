/**
 * CSIP51 (mets/amdSec/rightsMD/mdRef/@xlink:href, 1..1): The actual location of the resource. We
 * recommend recording a URL type filepath within this attribute.
 *
 * Checked: the href resolves (relative to the METS file) to a file that exists in the package.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP51: Rule = {
  id: 'CSIP51',
  check: (ctx) => checkMdRefAttribute(ctx, 'rightsMD', 'xlink:href'),
};
