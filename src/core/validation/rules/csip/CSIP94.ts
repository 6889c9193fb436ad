import type { Rule } from '../../rule.ts';
import { checkSectionDivisionId, DOCUMENTATION } from './section-divisions.ts';

/**
 * CSIP94 (Documentation division identifier): "Mandatory, `xml:id` identifier must be unique
 * within the XML-document."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Documentation']/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP94: Rule = {
  id: 'CSIP94',
  check: (ctx) => checkSectionDivisionId(ctx, DOCUMENTATION),
};
