/**
 * SIP8 — Previous archival reference code, metsHdr/altRecordID[@TYPE='PREVIOUSREFERENCECODE'] (0..*):
 * "In cases where the SIP originates from other institutions maintaining a reference code structure, this element can be used to record these reference codes and therefore support the provenance of the package when a whole archival description is not submitted with the submission."
 * Package METS only; see alt-record-ids.ts.
 */
import type { Rule } from '../../rule.ts';
import { checkAltRecordIds } from './alt-record-ids.ts';

export const SIP8: Rule = {
  id: 'SIP8',
  check: (ctx) => checkAltRecordIds(ctx, 'PREVIOUSREFERENCECODE', 'many'),
};
