import type { Rule } from '../../rule.ts';
import { SCHEMAS } from './section-divisions.ts';
import { checkSectionPointers } from './section-pointers.ts';

/**
 * CSIP118 (Schema file group reference): "The pointer to the identifier for the "Schema" file
 * group. Related to the requirements CSIP113 which describes the "Schema" file group and CSIP65
 * which describes the file group identifier."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Schemas']/fptr/@FILEID, 1..1)
 */
export const CSIP118: Rule = {
  id: 'CSIP118',
  check: (ctx) => checkSectionPointers(ctx, SCHEMAS),
};
