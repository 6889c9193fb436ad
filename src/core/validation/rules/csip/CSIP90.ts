import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, childDivs, nearMiss, outcome, readableMets } from './support-structure.ts';

/**
 * CSIP90 (Metadata division label): "The metadata division `<div>` element's `@LABEL` attribute
 * value must be "Metadata"." (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Metadata'], 1..1)
 *
 * Whether the division exists is CSIP88; this rule fails a metadata division whose label is the
 * vocabulary value in another spelling ("metadata", "METADATA", " Metadata"). Labels such as
 * "Metadata/Other", written by E-ARK tools for further divisions, are left alone.
 */
export const CSIP90: Rule = {
  id: 'CSIP90',
  check(ctx) {
    const findings: Finding[] = [];
    let applicable = false;
    for (const m of readableMets(ctx)) {
      for (const d of childDivs(m.doc)) {
        const label = d.div.attrs['LABEL'];
        if (label === 'Metadata') applicable = true;
        if (!nearMiss(label, 'Metadata')) continue;
        applicable = true;
        findings.push(
          finding(
            `The metadata division is labelled '${label}'; the label must be exactly 'Metadata'`,
            `Indelningen för metadata har etiketten '${label}'; etiketten ska vara exakt 'Metadata'`,
            at(m, d.xpath, d.div),
          ),
        );
      }
    }
    return outcome(findings, applicable, {
      en: 'No METS document has a metadata division (see CSIP88)',
      sv: 'Inget METS-dokument har en indelning för metadata (se CSIP88)',
    });
  },
};
