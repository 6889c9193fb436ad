/**
 * SIP31 — Classification of the preservation agent additional information, metsHdr/agent/note/@csip:NOTETYPE (1..1):
 * "The preservation agent note is typed with the value of "IDENTIFICATIONCODE"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNoteType } from './agent-checks.ts';

export const SIP31: Rule = {
  id: 'SIP31',
  check: (ctx) => identificationNoteType(ctx, 'preservation'),
};
