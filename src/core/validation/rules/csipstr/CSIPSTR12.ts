/**
 * CSIPSTR12: The representation folder SHOULD include a metadata file named METS.xml which includes
 * information about the identity and structure of the representation and its components. The
 * recommended best practice is to always have a METS.xml in the representation folder.
 *
 * Checked for each folder under representations/: a file named exactly `METS.xml`.
 */
import type { Rule } from '../../rule.ts';
import { checkEachRepresentation } from './listing.ts';

export const CSIPSTR12: Rule = {
  id: 'CSIPSTR12',
  check: (ctx) =>
    checkEachRepresentation(ctx, 'METS.xml', 'file', {
      en: 'it should describe the identity and structure of the representation',
      sv: 'den bör beskriva representationens identitet och struktur',
    }),
};
