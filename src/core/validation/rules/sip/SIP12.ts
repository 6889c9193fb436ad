/**
 * SIP12 — Archival creator agent name, metsHdr/agent/name (2.1.0: 0..*, 2.2.0: 1..1):
 * "The name of the organisation(s) that originally created the data being transferred."
 * One non-empty name in both versions: METS 1.12 allows exactly one <name> per agent, so the 2.1.0
 * cardinality 0..* cannot be met otherwise; the MAY→MUST change of 2.2.0 is catalogue data.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { oneName } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP12: Rule = {
  id: 'SIP12',
  check: (ctx) => eachAgent(ctx, 'archivalCreator', oneName('archivalCreator')),
};
