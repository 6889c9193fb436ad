import type { Rule } from '../../rule.ts';
import { checkKindGroup } from './file-groups.ts';

/**
 * CSIP113 (Schema file group): "All XML schemas used in the information package must be referenced
 * from one or more file groups with `mets/fileSec/fileGrp/@USE` attribute value "Schemas"."
 * (1..n when schemas exist)
 *
 * Applies where schemas exist: files under schemas/ of the package (package METS) or of a
 * representation (its representation METS) need a Schemas file group there.
 */
export const CSIP113: Rule = {
  id: 'CSIP113',
  check: (ctx) => checkKindGroup(ctx, 'Schemas'),
};
