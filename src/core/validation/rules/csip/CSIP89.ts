import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkEach } from '../shared/mets-documents.ts';
import { divsLabelled } from './divisions.ts';

/**
 * CSIP89 (Metadata division identifier): "Mandatory, `xml:id` identifier must be unique within the
 * XML-document." (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Metadata']/@ID; CSIP 2.1: package)
 */
export const CSIP89: Rule = {
  id: 'CSIP89',
  check: (ctx) =>
    checkEach(
      ctx,
      (m) => divsLabelled(m.doc, 'Metadata'),
      (m, d) =>
        idFindings(ctx, m, d.div, d.xpath, { en: "'Metadata' division", sv: "indelningen 'Metadata'" }),
      {
        en: "No METS document has a division labelled 'Metadata'",
        sv: "Inget METS-dokument har en indelning med etiketten 'Metadata'",
      },
    ),
};
