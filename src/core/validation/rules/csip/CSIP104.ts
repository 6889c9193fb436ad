import type { Rule } from '../../rule.ts';
import { REPRESENTATIONS } from './section-divisions.ts';
import { checkSectionCoverage } from './section-pointers.ts';

/**
 * CSIP104 (Content division file references): "All file groups containing content described in the
 * package are referenced via the relevant file group identifiers. One file group reference per
 * fptr-element."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Representations']/fptr, 0..n)
 *
 * MUST in CSIP 2.1, SHOULD in 2.2: the level is catalogue data, the check is the same. Every file
 * group with USE starting "Representations" is referenced by an fptr of the Representations
 * division.
 */
export const CSIP104: Rule = {
  id: 'CSIP104',
  check: (ctx) => checkSectionCoverage(ctx, REPRESENTATIONS),
};
