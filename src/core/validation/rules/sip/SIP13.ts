/**
 * SIP13 — Archival creator agent additional information, metsHdr/agent/note (0..1):
 * "The archival creator agent has a note providing a unique identification code for the archival creator."
 * No note: not applicable; more than one note or an empty one: failed.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNote } from './agent-checks.ts';

export const SIP13: Rule = {
  id: 'SIP13',
  check: (ctx) => identificationNote(ctx, 'archivalCreator'),
};
