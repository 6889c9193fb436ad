/**
 * SIP23 — Contact person agent type, metsHdr/agent/@TYPE (1..1):
 * "The type of the contact person agent is "INDIVIDUAL"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP23: Rule = {
  id: 'SIP23',
  check: (ctx) => eachAgent(ctx, 'contact', exactAttr('contact', 'TYPE', ['INDIVIDUAL'])),
};
