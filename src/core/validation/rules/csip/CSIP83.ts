import type { Rule } from '../../rule.ts';
import { idFindings } from '../shared/ids.ts';
import { checkEach } from '../shared/mets-documents.ts';
import { CSIP_MAP_XPATH, csipStructMaps, NO_CSIP_MAP } from './divisions.ts';

/**
 * CSIP83 (Structural description identifier): "An `xml:id` identifier for the structural
 * description (structMap) used for internal references within the XML-document. It must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/@ID, 1..1; CSIP 2.1: within the package)
 */
export const CSIP83: Rule = {
  id: 'CSIP83',
  check: (ctx) =>
    checkEach(
      ctx,
      (m) => csipStructMaps(m.doc),
      (m, map) =>
        idFindings(ctx, m, map, CSIP_MAP_XPATH, { en: 'CSIP structural map', sv: 'CSIP-strukturkartan' }),
      NO_CSIP_MAP,
    ),
};
