import type { Rule } from '../../rule.ts';
import { checkSectionDivisionId, SCHEMAS } from './section-divisions.ts';

/**
 * CSIP98 (Schema division identifier): "Mandatory, `xml:id` identifier must be unique within the
 * XML-document."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Schemas']/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP98: Rule = {
  id: 'CSIP98',
  check: (ctx) => checkSectionDivisionId(ctx, SCHEMAS),
};
