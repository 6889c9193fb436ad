/**
 * SIP5 — Submission agreement, metsHdr/altRecordID[@TYPE='SUBMISSIONAGREEMENT'] (0..1):
 * "A reference to the Submission Agreement associated with the package."
 * Package METS only; see alt-record-ids.ts.
 */
import type { Rule } from '../../rule.ts';
import { checkAltRecordIds } from './alt-record-ids.ts';

export const SIP5: Rule = {
  id: 'SIP5',
  check: (ctx) => checkAltRecordIds(ctx, 'SUBMISSIONAGREEMENT', 1),
};
