/**
 * CSIP38 (mets/amdSec/digiprovMD/mdRef/@xlink:href, 1..1): The actual location of the resource.
 * This specification recommends recording a URL type filepath within this attribute.
 *
 * Checked: the href resolves (relative to the METS file) to a file that exists in the package.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP38: Rule = {
  id: 'CSIP38',
  check: (ctx) => checkMdRefAttribute(ctx, 'digiprovMD', 'xlink:href'),
};
