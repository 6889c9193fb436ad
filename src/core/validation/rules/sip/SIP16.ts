/**
 * SIP16 — Submitting agent role, metsHdr/agent/@ROLE (1..1):
 * "The role of the person(s) or institution(s) responsible for creating and/or submitting the package."
 * Exactly "CREATOR"; ROLE "OTHER" with OTHERROLE "SUBMITTER", as in the SIP profile's own example, is
 * tolerated (agents.ts).
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { creatorRole } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP16: Rule = {
  id: 'SIP16',
  check: (ctx) => eachAgent(ctx, 'submitter', creatorRole('submitter')),
};
