import type { Rule } from '../../rule.ts';
import { DOCUMENTATION } from './section-divisions.ts';
import { checkSectionCoverage } from './section-pointers.ts';

/**
 * CSIP96 (Documentation file references): "All file groups containing documentation described in
 * the package are referenced via the relevant file group identifiers. There MUST be one file group
 * reference per `<fptr>` element."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Documentation']/fptr, 0..n)
 *
 * MUST in CSIP 2.1, SHOULD in 2.2: the level is catalogue data, the check is the same. Every
 * Documentation file group is referenced by an fptr of the Documentation division.
 */
export const CSIP96: Rule = {
  id: 'CSIP96',
  check: (ctx) => checkSectionCoverage(ctx, DOCUMENTATION),
};
