import type { Rule } from '../../rule.ts';
import { checkKindGroup } from './file-groups.ts';

/**
 * CSIP60 (Documentation file group): "All documentation pertaining to the transferred content is
 * placed in one or more file group elements with `mets/fileSec/fileGrp/@USE` attribute value
 * "Documentation"." (1..n when documentation exists)
 *
 * Applies where documentation exists: files under documentation/ of the package (package METS) or
 * of a representation (its representation METS) need a Documentation file group there.
 */
export const CSIP60: Rule = {
  id: 'CSIP60',
  check: (ctx) => checkKindGroup(ctx, 'Documentation'),
};
