import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets } from '../shared/mets-documents.ts';

/**
 * CSIP80 (Structural description of the package): "The structural map `<structMap>` element is the
 * only mandatory element in the METS. … Every CSIP compliant METS file must include ONE structural
 * map `<structMap>` element used exactly as described in this section of requirements.
 * Institutions can add their own additional custom structural maps …" (mets/structMap, 1..n)
 *
 * Every METS document, package and representation; one that cannot be read has none.
 */
export const CSIP80: Rule = {
  id: 'CSIP80',
  check: (ctx) =>
    everyMets(
      ctx,
      (m, doc) =>
        doc.structMaps.length > 0
          ? []
          : [
              finding(
                `${m.path} has no structural map (structMap)`,
                `${m.path} saknar strukturkarta (structMap)`,
                at(m, '/mets', doc.mets ?? undefined),
              ),
            ],
      { en: 'the structural map', sv: 'strukturkartan' },
    ),
};
