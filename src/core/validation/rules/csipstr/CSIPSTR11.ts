/**
 * CSIPSTR11: The representation folder SHOULD include a sub-folder named data which MAY include all
 * data constituting the representation.
 *
 * Checked for each folder under representations/: a folder named exactly `data`.
 */
import type { Rule } from '../../rule.ts';
import { checkEachRepresentation } from './listing.ts';

export const CSIPSTR11: Rule = {
  id: 'CSIPSTR11',
  check: (ctx) =>
    checkEachRepresentation(ctx, 'data', 'directory', {
      en: 'the data of the representation should be there',
      sv: 'representationens data bör ligga där',
    }),
};
