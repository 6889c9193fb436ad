import type { Rule } from '../../rule.ts';
import { checkMetadataReferences } from './metadata-division.ts';

/**
 * CSIP92 (Metadata division references descriptive metadata): "The descriptive metadata division
 * should reference all current descriptive metadata sections. All `<dmdSec>`s with
 * `@STATUS='CURRENT'` SHOULD be referenced by their identifier, @ID. The current `<dmdSec>` @IDs
 * are recorded in the `div[@LABEL='Metadata']/@DMDID` attribute in a space delimited list."
 *
 * Each dmdSec with STATUS "CURRENT" is referenced, and every ID in DMDID is a dmdSec. A dmdSec
 * without STATUS is not required here (CSIP20 reports the missing STATUS).
 */
export const CSIP92: Rule = {
  id: 'CSIP92',
  check: (ctx) => checkMetadataReferences(ctx, 'DMDID'),
};
