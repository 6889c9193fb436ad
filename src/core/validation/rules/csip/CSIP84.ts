import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, CSIP_MAP_XPATH, csipStructMap, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP84 (Main structural division): "The structural map comprises a single division."
 * (mets/structMap[@LABEL='CSIP']/div, 1..1)
 */
export const CSIP84: Rule = {
  id: 'CSIP84',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      const map = csipStructMap(m.doc);
      if (!map) continue;
      applicable = true;
      const n = map.divs.length;
      if (n === 1) continue;
      findings.push(
        finding(
          n === 0
            ? `The CSIP structural map of ${m.path} has no division (div)`
            : `The CSIP structural map of ${m.path} has ${n} top-level divisions; it must comprise a single division`,
          n === 0
            ? `CSIP-strukturkartan i ${m.path} saknar indelning (div)`
            : `CSIP-strukturkartan i ${m.path} har ${n} indelningar på översta nivån; den ska bestå av en enda indelning`,
          n === 0 ? at(m, CSIP_MAP_XPATH, map) : at(m, `${CSIP_MAP_XPATH}/div[2]`, map.divs[1]),
        ),
      );
    }
    return outcome(findings, applicable, {
      en: "No METS document has a structural map labelled 'CSIP' (see CSIP82)",
      sv: "Inget METS-dokument har en strukturkarta med etiketten 'CSIP' (se CSIP82)",
    });
  },
};
