import type { Rule } from '../../rule.ts';
import { checkSectionDivisionId, REPRESENTATIONS } from './section-divisions.ts';

/**
 * CSIP102 (Content division identifier): "Mandatory, `xml:id` identifier must be unique within the
 * XML-document."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Representations']/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP102: Rule = {
  id: 'CSIP102',
  check: (ctx) => checkSectionDivisionId(ctx, REPRESENTATIONS),
};
