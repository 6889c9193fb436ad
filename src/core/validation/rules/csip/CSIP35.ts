/**
 * CSIP35 (mets/amdSec/digiprovMD/mdRef, 0..1): Reference to the digital provenance metadata file
 * stored in the “metadata” section of the IP.
 *
 * Checked per section: exactly one mdRef (0..1 with the SHOULD that the metadata is a referenced
 * file; a section with only mdWrap fails at SHOULD level).
 */
import type { Rule } from '../../rule.ts';
import { checkSectionMdRef } from './section-attributes.ts';

export const CSIP35: Rule = {
  id: 'CSIP35',
  check: (ctx) => checkSectionMdRef(ctx, 'digiprovMD'),
};
