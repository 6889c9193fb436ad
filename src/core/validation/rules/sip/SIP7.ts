/**
 * SIP7 — Archival reference code, metsHdr/altRecordID[@TYPE='REFERENCECODE'] (0..1):
 * "An optional reference code indicating where in the archival hierarchy the package shall be placed in the OAIS."
 * Package METS only; see alt-record-ids.ts.
 */
import type { Rule } from '../../rule.ts';
import { checkAltRecordIds } from './alt-record-ids.ts';

export const SIP7: Rule = {
  id: 'SIP7',
  check: (ctx) => checkAltRecordIds(ctx, 'REFERENCECODE', 1),
};
