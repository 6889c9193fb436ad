/**
 * SAMARKIV-REF-2 — "IDREF attributes point to existing IDs in the same document, and IDs are unique
 * within it."
 *
 * Per METS document (root and representations). Uniqueness across documents is CSIP's concern
 * (2.1 wording), not this rule's.
 */
import type { Rule } from '../../rule.ts';
import { idIntegrityFindings } from '../shared/id-integrity.ts';
import { readableMets } from '../shared/mets-documents.ts';

export const SAMARKIV_REF_2: Rule = {
  id: 'SAMARKIV-REF-2',
  check: (ctx) => readableMets(ctx).flatMap(({ path, doc }) => idIntegrityFindings(path, doc)),
};
