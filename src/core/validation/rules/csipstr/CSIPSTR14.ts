/**
 * CSIPSTR14: The Information Package MAY be extended with additional sub-folders.
 *
 * A MAY that only permits: additional folders never fail.
 */
import type { Rule } from '../../rule.ts';

export const CSIPSTR14: Rule = {
  id: 'CSIPSTR14',
  check: () => [],
};
