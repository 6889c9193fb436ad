/**
 * CSIPSTR7: If descriptive metadata are available, they SHOULD be included in sub-folder
 * descriptive.
 *
 * "Available" = referenced from a dmdSec mdRef of a METS document. Each such file should lie in
 * metadata/descriptive/ of the package or of a representation. Not applicable when no descriptive
 * metadata is referenced.
 */
import type { Rule } from '../../rule.ts';
import { checkMetadataPlacement } from './placement.ts';

export const CSIPSTR7: Rule = {
  id: 'CSIPSTR7',
  check: (ctx) =>
    checkMetadataPlacement(ctx, 'dmdSec', 'descriptive', {
      en: 'descriptive metadata',
      sv: 'beskrivande metadata',
      svFile: 'Den beskrivande metadatafilen',
    }),
};
