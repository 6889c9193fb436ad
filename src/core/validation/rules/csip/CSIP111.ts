import type { Rule } from '../../rule.ts';
import { checkMptrAttribute } from './divisions.ts';

/**
 * CSIP111 (Type of link): "Attribute used with the value "simple". Value list is maintained by the
 * xlink standard." (mets/structMap/div/div/mptr[@xlink:type='simple'], 1..1)
 *
 * Every mptr of a CSIP structural map; the attribute must be written (as for FLocat, CSIP78).
 */
export const CSIP111: Rule = {
  id: 'CSIP111',
  check: (ctx) => checkMptrAttribute(ctx, 'xlink:type', 'simple'),
};
