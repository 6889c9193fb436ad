/**
 * SIP20 — Classification of the submitting agent additional information, metsHdr/agent/note/@csip:NOTETYPE (1..1):
 * "The submitting agent note is typed with the value of "IDENTIFICATIONCODE"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNoteType } from './agent-checks.ts';

export const SIP20: Rule = {
  id: 'SIP20',
  check: (ctx) => identificationNoteType(ctx, 'submitter'),
};
