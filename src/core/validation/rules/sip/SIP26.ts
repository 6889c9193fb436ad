/**
 * SIP26 — Preservation agent, metsHdr/agent (0..1):
 * "A wrapper element that enables to encode the name of the organisation or person that preserves
 * the package."
 * Absent: not applicable; more than one: failed. Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { atMostOne } from './agent-checks.ts';

export const SIP26: Rule = {
  id: 'SIP26',
  check: (ctx) => atMostOne(ctx, 'preservation'),
};
