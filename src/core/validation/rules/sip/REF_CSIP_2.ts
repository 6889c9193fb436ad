/**
 * REF_CSIP_2 — one ID, two meanings:
 * SIP: "The SIP amdSec element should comply with amdSec requirements in the CSIP profile."
 * DIP: "The DIP fileSec element should comply with fileSec requirements in the CSIP profile."
 * Checks the core of the section; see ref-csip.ts. Every METS document.
 */
import type { Rule } from '../../rule.ts';
import { checkRefCsip } from './ref-csip.ts';

export const REF_CSIP_2: Rule = {
  id: 'REF_CSIP_2',
  check: (ctx) => checkRefCsip(ctx, 'REF_CSIP_2'),
};
