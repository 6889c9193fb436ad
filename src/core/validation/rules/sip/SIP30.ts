/**
 * SIP30 — Preservation agent additional information, metsHdr/agent/note (0..1):
 * "The preservation agent has a note providing a unique identification code for the archival creator."
 * No note: not applicable; more than one note or an empty one: failed.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNote } from './agent-checks.ts';

export const SIP30: Rule = {
  id: 'SIP30',
  check: (ctx) => identificationNote(ctx, 'preservation'),
};
