import type { Rule } from '../../rule.ts';
import { DOCUMENTATION } from './section-divisions.ts';
import { checkSectionPointers } from './section-pointers.ts';

/**
 * CSIP116 (Documentation file group reference pointer): "A reference, by ID, to the
 * "Documentation" file group. Related to the requirements CSIP60 which describes the
 * "Documentation" file group and CSIP65 which describes the file group identifier."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Documentation']/fptr/@FILEID, 1..1)
 */
export const CSIP116: Rule = {
  id: 'CSIP116',
  check: (ctx) => checkSectionPointers(ctx, DOCUMENTATION),
};
