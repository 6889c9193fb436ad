import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkEach } from '../shared/mets-documents.ts';
import { CSIP_MAP_XPATH, csipStructMaps, NO_CSIP_MAP } from './divisions.ts';

/**
 * CSIP84 (Main structural division): "The structural map comprises a single division."
 * (mets/structMap[@LABEL='CSIP']/div, 1..1)
 */
export const CSIP84: Rule = {
  id: 'CSIP84',
  check: (ctx) =>
    checkEach(
      ctx,
      (m) => csipStructMaps(m.doc),
      (m, map) => {
        const n = map.divs.length;
        if (n === 1) return [];
        return [
          finding(
            n === 0
              ? `The CSIP structural map of ${m.path} has no division (div)`
              : `The CSIP structural map of ${m.path} has ${n} top-level divisions; it must comprise a single division`,
            n === 0
              ? `CSIP-strukturkartan i ${m.path} saknar indelning (div)`
              : `CSIP-strukturkartan i ${m.path} har ${n} indelningar på översta nivån; den ska bestå av en enda indelning`,
            n === 0 ? at(m, CSIP_MAP_XPATH, map) : at(m, `${CSIP_MAP_XPATH}/div[2]`, map.divs[1]),
          ),
        ];
      },
      NO_CSIP_MAP,
    ),
};
