/**
 * SIP11 — Archival creator agent type, metsHdr/agent/@TYPE (1..1):
 * "The type of the archival creator agent is "ORGANIZATION" or "INDIVIDUAL"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP11: Rule = {
  id: 'SIP11',
  check: (ctx) =>
    eachAgent(ctx, 'archivalCreator', exactAttr('archivalCreator', 'TYPE', ['ORGANIZATION', 'INDIVIDUAL'])),
};
