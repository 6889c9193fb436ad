/**
 * CSIPSTR6: If preservation metadata are available, they SHOULD be included in sub-folder
 * preservation.
 *
 * "Available" = referenced from a digiprovMD mdRef of a METS document. Each such file should lie in
 * metadata/preservation/ of the package or of a representation (CSIPSTR13 gives representations
 * their own metadata folder). Not applicable when no preservation metadata is referenced.
 */
import type { Rule } from '../../rule.ts';
import { checkMetadataPlacement } from './placement.ts';

export const CSIPSTR6: Rule = {
  id: 'CSIPSTR6',
  check: (ctx) =>
    checkMetadataPlacement(ctx, 'digiprovMD', 'preservation', {
      en: 'preservation metadata',
      sv: 'bevarandemetadata',
      svFile: 'Bevarandemetadatafilen',
    }),
};
