import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets } from '../shared/mets-documents.ts';

/**
 * CSIP82 (Name of the structural description): "The `mets/structMap/@LABEL` attribute value is set
 * to "CSIP" from the vocabulary. This requirement identifies the CSIP compliant structural map
 * `<structMap>` element." (mets/structMap[@LABEL='CSIP'], 1..1)
 *
 * Exactly one structural map per METS document is labelled "CSIP" (spelled exactly).
 */
export const CSIP82: Rule = {
  id: 'CSIP82',
  check: (ctx) =>
    everyMets(
      ctx,
      (m, doc) => {
        const maps = doc.structMaps;
        const csip = maps.filter((s) => s.attrs['LABEL'] === 'CSIP');
        if (csip.length === 1) return [];
        if (csip.length > 1) {
          return [
            finding(
              `${m.path} has ${csip.length} structural maps labelled 'CSIP'; exactly one is expected`,
              `${m.path} har ${csip.length} strukturkartor med etiketten 'CSIP'; exakt en förväntas`,
              at(m, "/mets/structMap[@LABEL='CSIP'][2]", csip[1]),
            ),
          ];
        }
        const labels = maps.map((s) => `'${s.attrs['LABEL'] ?? ''}'`).join(', ');
        return [
          finding(
            maps.length > 0
              ? `No structural map of ${m.path} is labelled 'CSIP' (labels found: ${labels})`
              : `${m.path} has no structural map labelled 'CSIP'`,
            maps.length > 0
              ? `Ingen strukturkarta i ${m.path} har etiketten 'CSIP' (funna etiketter: ${labels})`
              : `${m.path} saknar strukturkarta med etiketten 'CSIP'`,
            at(m, maps.length > 0 ? '/mets/structMap' : '/mets', maps[0] ?? doc.mets ?? undefined),
          ),
        ];
      },
      { en: "the structural map labelled 'CSIP'", sv: "strukturkartan med etiketten 'CSIP'" },
    ),
};
