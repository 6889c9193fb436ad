/**
 * SIP17 — Submitting agent type, metsHdr/agent/@TYPE (1..1):
 * "The type of the submitting agent is "ORGANIZATION" or "INDIVIDUAL"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP17: Rule = {
  id: 'SIP17',
  check: (ctx) => eachAgent(ctx, 'submitter', exactAttr('submitter', 'TYPE', ['ORGANIZATION', 'INDIVIDUAL'])),
};
