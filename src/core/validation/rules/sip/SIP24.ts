/**
 * SIP24 — Contact person agent name, metsHdr/agent/name (1..1):
 * "Name of the contact person."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { oneName } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP24: Rule = {
  id: 'SIP24',
  check: (ctx) => eachAgent(ctx, 'contact', oneName('contact')),
};
