import type { Rule } from '../../rule.ts';
import { checkMptrAttribute } from './divisions.ts';

/**
 * CSIP112 (Type of locator): "The locator type is always used with the value "URL" from the
 * vocabulary in the attribute." (mets/structMap/div/div/mptr[@LOCTYPE='URL'], 1..1)
 *
 * Every mptr of a CSIP structural map.
 */
export const CSIP112: Rule = {
  id: 'CSIP112',
  check: (ctx) => checkMptrAttribute(ctx, 'LOCTYPE', 'URL'),
};
