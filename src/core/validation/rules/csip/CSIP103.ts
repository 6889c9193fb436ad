import type { Rule } from '../../rule.ts';
import { checkSectionLabel, REPRESENTATIONS } from './section-divisions.ts';

/**
 * CSIP103 (Content division label): "The package's content division `<div>` element must have the
 * `@LABEL` attribute value "Representations", taken from the vocabulary."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Representations'], 1..1)
 *
 * Fails a division whose label is "Representations" in another spelling, or that points to a
 * representation file group under another label (Representations/<rep> divisions are CSIP107's).
 * Whether the division exists is CSIP101.
 */
export const CSIP103: Rule = {
  id: 'CSIP103',
  check: (ctx) => checkSectionLabel(ctx, REPRESENTATIONS),
};
