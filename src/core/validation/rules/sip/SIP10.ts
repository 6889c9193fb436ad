/**
 * SIP10 — Archival creator agent role, metsHdr/agent/@ROLE (1..1):
 * "The role of the person(s) or institution(s) responsible for the document/collection."
 * The archival creator is recognised by ROLE ARCHIVIST in any letter case; the value must be exactly
 * "ARCHIVIST".
 * Package METS only (agents.ts).
 */
import type { Rule } from '../../rule.ts';
import { exactAttr } from './agent-checks.ts';
import { eachAgent } from './agents.ts';

export const SIP10: Rule = {
  id: 'SIP10',
  check: (ctx) => eachAgent(ctx, 'archivalCreator', exactAttr('archivalCreator', 'ROLE', ['ARCHIVIST'])),
};
