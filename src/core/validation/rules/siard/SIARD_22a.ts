/**
 * SIARD_22a (MAY) — "From SIARD2.2 and onwards a manifest file MAY be used to increase
 * interoperability to document LOBS stored outside the .siard file. In this case then a file
 * manifest.txt MAY be provided next to the .siard file"
 *
 * A permission: it cannot fail. Applies when LOBs are stored outside a SIARD file.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_22a: Rule = {
  id: 'SIARD_22a',
  check: (ctx) =>
    withSiard(ctx, (analysis) =>
      analysis.files.some((f) => f.externalLobs.length > 0)
        ? []
        : notApplicable('No LOB is stored outside a SIARD file', 'Inga LOB:ar lagras utanför en SIARD-fil'),
    ),
};
