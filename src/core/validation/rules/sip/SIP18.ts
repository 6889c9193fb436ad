/**
 * SIP18 — Submitting agent name, metsHdr/agent/name (1..1):
 * "Name of the organisation submitting the package to the archive."
 * The MAY→MUST change of 2.2.0 is catalogue data.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { oneName } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP18: Rule = {
  id: 'SIP18',
  check: (ctx) => eachAgent(ctx, 'submitter', oneName('submitter')),
};
