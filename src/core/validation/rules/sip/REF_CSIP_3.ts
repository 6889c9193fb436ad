/**
 * REF_CSIP_3 — one ID, two meanings:
 * SIP: "The SIP structMap element should comply with structMap requirements in the CSIP profile."
 * DIP: "The DIP structMap element should comply with structMap requirements in the CSIP profile."
 * Checks the core of the section; see ref-csip.ts. Every METS document.
 */
import type { Rule } from '../../rule.ts';
import { checkRefCsip } from './ref-csip.ts';

export const REF_CSIP_3: Rule = {
  id: 'REF_CSIP_3',
  check: (ctx) => checkRefCsip(ctx, 'REF_CSIP_3'),
};
