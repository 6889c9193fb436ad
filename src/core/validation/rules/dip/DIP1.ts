/**
 * DIP1 — Package Identifier, mets/@OBJID (1..1):
 * "Note that the value of the `mets/@OBJID attribute` for the DIP is expected to be different from
 * the SIP and AIP to reflect the creation of a new package."
 * One package cannot be compared with the SIP and AIP it came from, so this checks that the DIP has
 * its own non-blank OBJID. Package METS only.
 */
import type { Rule } from '../../rule.ts';
import { checkPackageObjid } from '../shared/package-declarations.ts';

export const DIP1: Rule = {
  id: 'DIP1',
  check: (ctx) =>
    checkPackageObjid(ctx, {
      missing: {
        en: 'The DIP METS has no mets/@OBJID',
        sv: 'Utlämningspaketets (DIP) METS saknar mets/@OBJID',
      },
      empty: {
        en: 'mets/@OBJID of the DIP METS is empty',
        sv: 'mets/@OBJID i utlämningspaketets (DIP) METS är tomt',
      },
    }),
};
