import type { Finding, Rule } from '../../rule.ts';
import { idFindings, outcome, readableMets, topDiv } from './support-structure.ts';

/**
 * CSIP85 (Main structural division identifier): "Mandatory, `xml:id` identifier must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/div/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP85: Rule = {
  id: 'CSIP85',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      const top = topDiv(m.doc);
      if (!top) continue;
      applicable = true;
      findings.push(
        ...idFindings(ctx, m, top.div, top.xpath, { en: 'main division', sv: 'huvudindelningen' }),
      );
    }
    return outcome(findings, applicable, {
      en: 'No CSIP structural map has a division (see CSIP84)',
      sv: 'Ingen CSIP-strukturkarta har någon indelning (se CSIP84)',
    });
  },
};
