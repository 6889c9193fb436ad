import type { Rule } from '../../rule.ts';
import { checkFLocatAttribute } from './file-checks.ts';

/**
 * CSIP78 (Type of link): "Attribute used with the value "simple". Value list is maintained by the
 * xlink standard." (mets/fileSec/fileGrp/file/FLocat[@xlink:type='simple'], 1..1)
 *
 * The attribute must be written: the schema's fixed value would supply it, but the requirement
 * (cardinality 1..1) and the E-ARK reference validator ask for it in the document.
 */
export const CSIP78: Rule = {
  id: 'CSIP78',
  check: (ctx) => checkFLocatAttribute(ctx, 'xlink:type', 'simple'),
};
