/**
 * REF_CSIP_1 — one ID, two meanings:
 * SIP: "The SIP dmdSec element should comply with dmdSec requirements in the CSIP profile."
 * DIP: "The DIP <amdSec> element should comply with amdSec requirements in the CSIP profile."
 * Checks the core of the section; see ref-csip.ts. Every METS document.
 */
import type { Rule } from '../../rule.ts';
import { checkRefCsip } from './ref-csip.ts';

export const REF_CSIP_1: Rule = {
  id: 'REF_CSIP_1',
  check: (ctx) => checkRefCsip(ctx, 'REF_CSIP_1'),
};
