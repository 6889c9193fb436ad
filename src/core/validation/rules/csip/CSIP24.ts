/**
 * CSIP24 (mets/dmdSec/mdRef/@xlink:href, 1..1): The actual location of the resource. This
 * specification recommends recording a URL type filepath in this attribute.
 *
 * Checked: the href resolves (relative to the METS file) to a file that exists in the package.
 */
import type { Rule } from '../../rule.ts';
import { checkMdRefAttribute } from './mdref-checks.ts';

export const CSIP24: Rule = {
  id: 'CSIP24',
  check: (ctx) => checkMdRefAttribute(ctx, 'dmdSec', 'xlink:href'),
};
