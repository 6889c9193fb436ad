/**
 * SIP28 — Preservation agent type, metsHdr/agent/@TYPE (1..1):
 * "The type of the submitting agent is "ORGANIZATION"."
 * The profile text says "submitting agent" by a slip; the requirement sits under the preservation agent
 * (dependsOn SIP26).
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP28: Rule = {
  id: 'SIP28',
  check: (ctx) => eachAgent(ctx, 'preservation', exactAttr('preservation', 'TYPE', ['ORGANIZATION'])),
};
