/**
 * REF_METS_1 — structLink:
 * "Section not defined or used in CSIP, additional own uses may occur."
 * Appears in the CSIP, SIP and DIP profiles; one rule serves all. It informs only: a structLink is
 * a permitted own use (passed), none means not applicable. Its content is METS's business
 * (SAMARKIV-XSD-1). Every METS document.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';

export const REF_METS_1: Rule = {
  id: 'REF_METS_1',
  check: (ctx) =>
    readableMets(ctx).some((m) => m.doc.structLinks.length > 0)
      ? []
      : notApplicable(
          'No METS document has a structLink section',
          'Inget METS-dokument har någon structLink-sektion',
        ),
};
