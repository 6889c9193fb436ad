/**
 * SIP21 — Contact person agent, metsHdr/agent (0..*):
 * "A wrapper element that enables to encode the name of the contact person for the submission."
 * Any number is allowed, so this only reports whether there is one (passed) or not (not
 * applicable); SIP22–SIP25 check each contact person. Package METS only (agents.ts).
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { agentsOf } from './agents.ts';

export const SIP21: Rule = {
  id: 'SIP21',
  check: (ctx) =>
    agentsOf(ctx, 'contact', (contacts) =>
      contacts.length > 0
        ? []
        : notApplicable(
            'The package METS names no contact person (ROLE CREATOR, TYPE INDIVIDUAL) besides the submitting agent',
            'Paketets METS anger ingen kontaktperson (ROLE CREATOR, TYPE INDIVIDUAL) utöver den levererande agenten',
          ),
    ),
};
