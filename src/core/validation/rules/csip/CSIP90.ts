import { finding, type Rule } from '../../rule.ts';
import { nearMiss } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { checkEach } from '../shared/mets-documents.ts';
import { childDivs } from './divisions.ts';

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
  check: (ctx) =>
    checkEach(
      ctx,
      (m) => childDivs(m.doc),
      (m, d) => {
        const label = d.div.attrs['LABEL'];
        if (label === 'Metadata') return [];
        if (!nearMiss(label, 'Metadata')) return null;
        return [
          finding(
            `The metadata division is labelled '${label}'; the label must be exactly 'Metadata'`,
            `Indelningen för metadata har etiketten '${label}'; etiketten ska vara exakt 'Metadata'`,
            at(m, d.xpath, d.div),
          ),
        ];
      },
      {
        en: 'No METS document has a metadata division (see CSIP88)',
        sv: 'Inget METS-dokument har en indelning för metadata (se CSIP88)',
      },
    ),
};
