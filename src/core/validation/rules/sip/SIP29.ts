/**
 * SIP29 — Preservation agent name, metsHdr/agent/name (1..1):
 * "Name of the organisation preserving the package."
 * The MAY→MUST change of 2.2.0 is catalogue data.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { oneName } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP29: Rule = {
  id: 'SIP29',
  check: (ctx) => eachAgent(ctx, 'preservation', oneName('preservation')),
};
