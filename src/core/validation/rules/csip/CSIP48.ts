/**
 * CSIP48 (mets/amdSec/rightsMD/mdRef, 0..1): Reference to the rights metadata file stored in the
 * “metadata” section of the IP.
 *
 * Checked per section: exactly one mdRef (0..1 with the SHOULD that the metadata is a referenced
 * file; a section with only mdWrap fails at SHOULD level).
 */
import type { Rule } from '../../rule.ts';
import { checkSectionMdRef } from './section-attributes.ts';

export const CSIP48: Rule = {
  id: 'CSIP48',
  check: (ctx) => checkSectionMdRef(ctx, 'rightsMD'),
};
