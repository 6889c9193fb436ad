/**
 * SIP9 — Archival creator agent, metsHdr/agent (0..1):
 * "A wrapper element that enables to encode the name of the organisation or person that originally created
 * the data being transferred."
 * Absent: not applicable; more than one: failed.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { atMostOne } from './agent-checks.ts';

export const SIP9: Rule = {
  id: 'SIP9',
  check: (ctx) => atMostOne(ctx, 'archivalCreator'),
};
