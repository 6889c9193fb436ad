/**
 * SIP6 — Previous Submission agreement, metsHdr/altRecordID[@TYPE='PREVIOUSSUBMISSIONAGREEMENT'] (0..*):
 * "An optional reference to a previous submission agreement(s) which the information may have belonged to."
 * Package METS only; see alt-record-ids.ts.
 */
import type { Rule } from '../../rule.ts';
import { checkAltRecordIds } from './alt-record-ids.ts';

export const SIP6: Rule = {
  id: 'SIP6',
  check: (ctx) => checkAltRecordIds(ctx, 'PREVIOUSSUBMISSIONAGREEMENT', 'many'),
};
