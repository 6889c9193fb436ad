/**
 * CSIPSTR3: The Information Package root folder MAY be compressed (for example by using TAR or
 * ZIP). Which specific compression format to use needs to be stated in the Submission Agreement.
 *
 * A MAY that only informs: a folder, a ZIP and a TAR all pass. Which format the submission
 * agreement names is not in the package, so it cannot be checked here.
 */
import type { Rule } from '../../rule.ts';

export const CSIPSTR3: Rule = {
  id: 'CSIPSTR3',
  check: () => [],
};
