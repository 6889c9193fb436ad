import type { Rule } from '../../rule.ts';
import { REPRESENTATIONS } from './section-divisions.ts';
import { checkSectionPointers } from './section-pointers.ts';

/**
 * CSIP119 (Content division file group references): "The pointer to the identifier for the
 * "Representations" file group. Related to the requirements CSIP114 which describes the
 * "Representations" file group and CSIP65 which describes the file group identifier."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Representations']/fptr/@FILEID, 1..1)
 */
export const CSIP119: Rule = {
  id: 'CSIP119',
  check: (ctx) => checkSectionPointers(ctx, REPRESENTATIONS),
};
