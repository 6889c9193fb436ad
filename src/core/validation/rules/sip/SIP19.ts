/**
 * SIP19 — Submitting agent additional information, metsHdr/agent/note (0..1):
 * "The submitting agent has a note providing a unique identification code for the submitter."
 * No note: not applicable; more than one note or an empty one: failed.
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNote } from './agent-checks.ts';

export const SIP19: Rule = {
  id: 'SIP19',
  check: (ctx) => identificationNote(ctx, 'submitter'),
};
