/**
 * SIP27 — Preservation agent role, metsHdr/agent/@ROLE (1..1):
 * "The role of the preservation agent is "PRESERVATION"."
 * The preservation agent is recognised by ROLE PRESERVATION in any letter case; the value must be exactly
 * "PRESERVATION".
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP27: Rule = {
  id: 'SIP27',
  check: (ctx) => eachAgent(ctx, 'preservation', exactAttr('preservation', 'ROLE', ['PRESERVATION'])),
};
