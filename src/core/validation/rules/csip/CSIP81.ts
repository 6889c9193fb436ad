import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMets } from '../shared/mets-documents.ts';
import { CSIP_MAP_XPATH } from './divisions.ts';

/**
 * CSIP81 (Type of structural description): "The `mets/structMap/@TYPE` attribute must take the
 * value "PHYSICAL" from the vocabulary." (mets/structMap[@TYPE='PHYSICAL'], 1..1)
 *
 * The CSIP structural map (LABEL "CSIP") has TYPE "PHYSICAL". Other structural maps are the
 * institution's own (CSIP80) and may have any TYPE. Without a CSIP-labelled map (CSIP82's finding)
 * the document still needs a PHYSICAL one.
 */
export const CSIP81: Rule = {
  id: 'CSIP81',
  check: (ctx) =>
    everyMets(
      ctx,
      (m, doc) => {
        const maps = doc.structMaps;
        const csip = maps.filter((s) => s.attrs['LABEL'] === 'CSIP');
        if (csip.length === 0) {
          if (maps.some((s) => s.attrs['TYPE'] === 'PHYSICAL')) return [];
          return [
            finding(
              `${m.path} has no structural map with TYPE 'PHYSICAL'`,
              `${m.path} saknar strukturkarta med TYPE 'PHYSICAL'`,
              at(m, maps.length > 0 ? '/mets/structMap' : '/mets', maps[0] ?? doc.mets ?? undefined),
            ),
          ];
        }
        return csip
          .filter((s) => s.attrs['TYPE'] !== 'PHYSICAL')
          .map((s) =>
            finding(
              `The CSIP structural map of ${m.path} has TYPE '${s.attrs['TYPE'] ?? ''}'; expected 'PHYSICAL'`,
              `CSIP-strukturkartan i ${m.path} har TYPE '${s.attrs['TYPE'] ?? ''}'; 'PHYSICAL' förväntades`,
              at(m, CSIP_MAP_XPATH, s),
            ),
          );
      },
      { en: "the structural map of TYPE 'PHYSICAL'", sv: "strukturkartan av typen 'PHYSICAL'" },
    ),
};
