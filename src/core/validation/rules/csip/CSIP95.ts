import type { Rule } from '../../rule.ts';
import { checkSectionLabel, DOCUMENTATION } from './section-divisions.ts';

/**
 * CSIP95 (Documentation division label): "The documentation division `<div>` element in the
 * package uses the value "Documentation" from the vocabulary as the value for the `@LABEL`
 * attribute."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Documentation'], 1..1)
 *
 * Fails a division whose label is "Documentation" in another spelling, or that points to a
 * Documentation file group under another label. Whether the division exists is CSIP93.
 */
export const CSIP95: Rule = {
  id: 'CSIP95',
  check: (ctx) => checkSectionLabel(ctx, DOCUMENTATION),
};
