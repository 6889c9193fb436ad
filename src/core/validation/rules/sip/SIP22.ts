/**
 * SIP22 — Contact person agent role, metsHdr/agent/@ROLE (1..1):
 * "The role of the contact person is "CREATOR"."
 * Exactly "CREATOR"; ROLE "OTHER" with OTHERROLE "SUBMITTER", which the SIP profile's example uses for the
 * contact person, is tolerated.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { creatorRole } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP22: Rule = {
  id: 'SIP22',
  check: (ctx) => eachAgent(ctx, 'contact', creatorRole('contact')),
};
