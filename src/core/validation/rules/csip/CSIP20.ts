/**
 * CSIP20 (mets/dmdSec/@STATUS, 0..1): Indicates the status of the package using a fixed
 * vocabulary.
 *
 * SHOULD: a section without STATUS fails at SHOULD level; a STATUS outside the Status vocabulary
 * (CURRENT, SUPERSEDED; exact spelling) fails too.
 */
import type { Rule } from '../../rule.ts';
import { checkSectionStatus } from './section-attributes.ts';

export const CSIP20: Rule = {
  id: 'CSIP20',
  check: (ctx) => checkSectionStatus(ctx, 'dmdSec'),
};
