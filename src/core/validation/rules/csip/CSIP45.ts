/**
 * CSIP45 (mets/amdSec/rightsMD, 0..n): A simple rights statement may be used to describe general
 * permissions for the package. Individual representations should state their specific rights in
 * their representation METS file.
 *
 * Available standards include RightsStatements.org, Europeana rights statements info, METS Rights
 * Schema created and maintained by the METS Board, the rights part of PREMIS as well as own local
 * rights statements in use.
 *
 * A MAY: a package with rightsMD passes, one without is not applicable. It cannot fail; the
 * rightsMD's own ID, STATUS and mdRef are checked by CSIP46–57.
 */
import { notApplicable, type Rule } from '../../rule.ts';
import { sectionsOf } from '../shared/metadata-sections.ts';

export const CSIP45: Rule = {
  id: 'CSIP45',
  check(ctx) {
    if (sectionsOf(ctx, 'rightsMD').length > 0) return [];
    return notApplicable(
      'The package has no rightsMD; a rights statement is optional',
      'Paketet har ingen rightsMD; en rättighetsförklaring är frivillig',
    );
  },
};
