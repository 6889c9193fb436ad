import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkRepresentationDivs } from './divisions.ts';

/**
 * CSIP106 (Representations division identifier): "Mandatory, `xml:id` identifier must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/div/div/@ID, 1..1; CSIP 2.1: package)
 *
 * Package METS only, for the representation divisions (labelled "Representations/…" or holding an
 * mptr); the Metadata, Documentation, Schemas and Representations divisions are CSIP89/94/98/102.
 */
export const CSIP106: Rule = {
  id: 'CSIP106',
  check: (ctx) =>
    checkRepresentationDivs(ctx, (root, d) => {
      const label = d.div.attrs['LABEL'] ?? '';
      const what = { en: `representation division '${label}'`, sv: `representationsindelningen '${label}'` };
      return idFindings(ctx, root, d.div, d.xpath, what);
    }),
};
