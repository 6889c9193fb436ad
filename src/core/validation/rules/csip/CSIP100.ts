import type { Rule } from '../../rule.ts';
import { SCHEMAS } from './section-divisions.ts';
import { checkSectionCoverage } from './section-pointers.ts';

/**
 * CSIP100 (Schema file reference): "All file groups containing schemas described in the package
 * are referenced via the relevant file group identifiers. One file group reference per fptr-
 * element"
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Schemas']/fptr, 0..n)
 *
 * MUST in CSIP 2.1, SHOULD in 2.2: the level is catalogue data, the check is the same. Every
 * Schemas file group is referenced by an fptr of the Schemas division.
 */
export const CSIP100: Rule = {
  id: 'CSIP100',
  check: (ctx) => checkSectionCoverage(ctx, SCHEMAS),
};
