import type { Rule } from '../../rule.ts';
import { checkMetadataReferences } from './metadata-division.ts';

/**
 * CSIP91 (Metadata division references administrative metadata): "The administrative metadata
 * division should reference all current administrative metadata sections. All `<amdSec>`s with
 * `@STATUS='CURRENT'` SHOULD be referenced by their identifier, @ID. The current `<amdSec>` @IDs
 * are recorded in the `div[@LABEL='Metadata']/@ADMID` attribute in a space delimited list."
 *
 * STATUS belongs to the amdSec's sections (digiprovMD, rightsMD, techMD, sourceMD): each with
 * STATUS "CURRENT" is referenced (directly, or through its amdSec's ID), and every ID in ADMID is
 * an amdSec or one of its sections. Sections without STATUS are not required here: the text names
 * @STATUS='CURRENT', and a missing STATUS is reported by CSIP34/CSIP47.
 */
export const CSIP91: Rule = {
  id: 'CSIP91',
  check: (ctx) => checkMetadataReferences(ctx, 'ADMID'),
};
