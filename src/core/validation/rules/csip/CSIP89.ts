import type { Finding, Rule } from '../../rule.ts';
import { divsLabelled, idFindings, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP89 (Metadata division identifier): "Mandatory, `xml:id` identifier must be unique within the
 * XML-document." (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Metadata']/@ID; CSIP 2.1: package)
 */
export const CSIP89: Rule = {
  id: 'CSIP89',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const d of divsLabelled(m.doc, 'Metadata')) {
        applicable = true;
        findings.push(
          ...idFindings(ctx, m, d.div, d.xpath, { en: "'Metadata' division", sv: "indelningen 'Metadata'" }),
        );
      }
    }
    return outcome(findings, applicable, NO_METADATA_DIV);
  },
};

const NO_METADATA_DIV = {
  en: "No METS document has a division labelled 'Metadata'",
  sv: "Inget METS-dokument har en indelning med etiketten 'Metadata'",
};
