/**
 * SIP14 — Classification of the archival creator agent additional information, metsHdr/agent/note/@csip:NOTETYPE (1..1):
 * "The archival creator agent note is typed with the value of "IDENTIFICATIONCODE"."
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { identificationNoteType } from './agent-checks.ts';

export const SIP14: Rule = {
  id: 'SIP14',
  check: (ctx) => identificationNoteType(ctx, 'archivalCreator'),
};
