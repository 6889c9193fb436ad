import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkEach } from '../shared/mets-documents.ts';
import { topDiv } from './divisions.ts';

/**
 * CSIP85 (Main structural division identifier): "Mandatory, `xml:id` identifier must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/div/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP85: Rule = {
  id: 'CSIP85',
  check: (ctx) =>
    checkEach(
      ctx,
      (m) => [topDiv(m.doc)].filter((d) => d !== null),
      (m, top) => idFindings(ctx, m, top.div, top.xpath, { en: 'main division', sv: 'huvudindelningen' }),
      {
        en: 'No CSIP structural map has a division (see CSIP84)',
        sv: 'Ingen CSIP-strukturkarta har någon indelning (se CSIP84)',
      },
    ),
};
