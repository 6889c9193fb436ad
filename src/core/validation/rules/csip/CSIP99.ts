import type { Rule } from '../../rule.ts';
import { checkSectionLabel, SCHEMAS } from './section-divisions.ts';

/**
 * CSIP99 (Schema division label): "The schema division `<div>` element's `@LABEL` attribute has
 * the value "Schemas" from the vocabulary."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Schemas'], 1..1)
 *
 * Fails a division whose label is "Schemas" in another spelling, or that points to a Schemas
 * file group under another label. Whether the division exists is CSIP97.
 */
export const CSIP99: Rule = {
  id: 'CSIP99',
  check: (ctx) => checkSectionLabel(ctx, SCHEMAS),
};
