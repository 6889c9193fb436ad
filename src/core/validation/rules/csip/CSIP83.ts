import type { Finding, Rule } from '../../rule.ts';
import { CSIP_MAP_XPATH, csipStructMap, idFindings, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP83 (Structural description identifier): "An `xml:id` identifier for the structural
 * description (structMap) used for internal references within the XML-document. It must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP83: Rule = {
  id: 'CSIP83',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      const map = csipStructMap(m.doc);
      if (!map) continue;
      applicable = true;
      findings.push(
        ...idFindings(ctx, m, map, CSIP_MAP_XPATH, { en: 'CSIP structural map', sv: 'CSIP-strukturkartan' }),
      );
    }
    return outcome(findings, applicable, NO_CSIP_MAP);
  },
};

const NO_CSIP_MAP = {
  en: "No METS document has a structural map labelled 'CSIP' (see CSIP82)",
  sv: "Inget METS-dokument har en strukturkarta med etiketten 'CSIP' (se CSIP82)",
};
