import { finding, type Finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { outcome, readableMets } from '../shared/mets-documents.ts';
import { divsLabelled, topDiv } from './divisions.ts';

/**
 * CSIP88 (Metadata division): "The metadata referenced in the administrative and/or descriptive
 * metadata section is described in the structural map with one sub division. When the transfer
 * consists of only administrative and/or descriptive metadata this is the only sub division that
 * occurs." (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Metadata'], 1..1)
 *
 * The package METS always has exactly one. A representation METS needs one when it has metadata
 * sections (dmdSec/amdSec) to describe, and never more than one.
 */
export const CSIP88: Rule = {
  id: 'CSIP88',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      const top = topDiv(m.doc);
      if (!top) continue;
      const divs = divsLabelled(m.doc, 'Metadata');
      const required = m.representation === null || m.doc.dmdSecs.length > 0 || m.doc.amdSecs.length > 0;
      if (!required && divs.length === 0) continue;
      applicable = true;
      if (divs.length === 1) continue;
      findings.push(
        divs.length === 0
          ? finding(
              `The main division of ${m.path} has no sub-division labelled 'Metadata'`,
              `Huvudindelningen i ${m.path} saknar en underindelning med etiketten 'Metadata'`,
              at(m, top.xpath, top.div),
            )
          : finding(
              `The main division of ${m.path} has ${divs.length} sub-divisions labelled 'Metadata'; exactly one is expected`,
              `Huvudindelningen i ${m.path} har ${divs.length} underindelningar med etiketten 'Metadata'; exakt en förväntas`,
              at(m, top.xpath, top.div),
            ),
      );
    }
    return outcome(findings, applicable, {
      en: 'No METS document needs a Metadata division (no CSIP structural map, or no metadata sections in a representation METS)',
      sv: 'Inget METS-dokument behöver en indelning för metadata (ingen CSIP-strukturkarta, eller inga metadatasektioner i en representations METS)',
    });
  },
};
