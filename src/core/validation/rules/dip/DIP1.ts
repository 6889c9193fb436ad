/**
 * DIP1 — Package Identifier, mets/@OBJID (1..1):
 * "Note that the value of the `mets/@OBJID attribute` for the DIP is expected to be different from
 * the SIP and AIP to reflect the creation of a new package."
 * One package cannot be compared with the SIP and AIP it came from, so this checks that the DIP has
 * its own non-blank OBJID. Package METS only.
 */
import { finding, type Rule } from '../../rule.ts';
import { at, onPackageMets } from '../sip/support.ts';

export const DIP1: Rule = {
  id: 'DIP1',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const objid = doc.mets?.attrs['OBJID'];
      if (objid?.trim()) return [];
      return [
        finding(
          objid === undefined ? 'The DIP METS has no mets/@OBJID' : 'mets/@OBJID of the DIP METS is empty',
          objid === undefined
            ? 'Utlämningspaketets (DIP) METS saknar mets/@OBJID'
            : 'mets/@OBJID i utlämningspaketets (DIP) METS är tomt',
          at(path, '/mets/@OBJID', doc.mets ?? undefined),
        ),
      ];
    }),
};
