/**
 * CSIPSTR8: If any other metadata are available, they MAY be included in separate sub-folders, for
 * example an additional folder named other.
 *
 * A MAY that only informs: other metadata in sub-folders of metadata/, or elsewhere, never fails.
 */
import type { Rule } from '../../rule.ts';

export const CSIPSTR8: Rule = {
  id: 'CSIPSTR8',
  check: () => [],
};
