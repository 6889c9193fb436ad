/**
 * CSIPSTR13: The representation folder SHOULD include a sub-folder named metadata which MAY include
 * all metadata about the specific representation.
 *
 * Checked for each folder under representations/: a folder named exactly `metadata`. The folder
 * itself is what the SHOULD asks for, even when empty (standards.md §2: writers emit explicit
 * directory entries so empty folders survive zipping).
 */
import type { Rule } from '../../rule.ts';
import { checkEachRepresentation } from './listing.ts';

export const CSIPSTR13: Rule = {
  id: 'CSIPSTR13',
  check: (ctx) =>
    checkEachRepresentation(ctx, 'metadata', 'directory', {
      en: 'metadata about the representation should be there',
      sv: 'metadata om representationen bör ligga där',
    }),
};
