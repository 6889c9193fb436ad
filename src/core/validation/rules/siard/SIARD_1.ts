/**
 * SIARD_1 — "There MUST be a minimum of one representation and, therefore minimum of one Package
 * METS.xml and a minimum of one Representation METS.xml in a CITS SIARD compliant package."
 *
 * Fails when no representation METS could be read (none present, or none parses as METS).
 */
import { finding, type Rule } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';
import { withSiard } from './siard-support.ts';

export const SIARD_1: Rule = {
  id: 'SIARD_1',
  check: (ctx) =>
    withSiard(ctx, () => {
      if (readableMets(ctx).some((m) => m.representation)) return [];
      return [
        finding(
          'The package has no readable representation METS.xml; a CITS SIARD package needs at least one representation',
          'Paketet har ingen läsbar METS.xml för en representation; ett CITS SIARD-paket behöver minst en representation',
          { file: ctx.root?.path ?? 'METS.xml' },
        ),
      ];
    }),
};
