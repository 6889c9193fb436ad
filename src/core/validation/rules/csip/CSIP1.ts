/**
 * CSIP1 (mets/@OBJID, 1..1): The mets/@OBJID attribute is mandatory, its value is a string
 * identifier for the METS document. For the package METS document following CSIPSTR2, this should
 * be the name/ID of the package, i.e. the name of the package root folder.
 *
 * For a representation level METS document this value records the name/ID of the representation
 * following CSIPSTR10, i.e. the name of the top-level representation folder.
 *
 * Observe that the name/ID used in the mets/@OBJID attribute might not be possible to directly
 * transform into a folder name due to limitations in the used file system. If there are illegal
 * characters present there are different character mapping techniques to use to transform the
 * mets/@OBJID into a valid folder name.
 *
 * Every METS document (package and representations). The "should" that OBJID names the package
 * root folder is CSIPSTR2's check, and that it names the representation folder CSIPSTR10's.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { everyMetsRoot } from './mets-root.ts';

export const CSIP1: Rule = {
  id: 'CSIP1',
  check: (ctx) =>
    everyMetsRoot(ctx, (parsed, mets) => {
      const objid = mets.attrs['OBJID'];
      if (objid !== undefined && objid.trim() !== '') return [];
      const loc = at(parsed, '/mets/@OBJID', mets.line);
      return objid === undefined
        ? [
            finding(
              'The mets element has no OBJID attribute; it must hold the identifier of the package or representation',
              'Elementet mets saknar attributet OBJID; det måste ange paketets eller representationens identifierare',
              loc,
            ),
          ]
        : [
            finding(
              'mets/@OBJID is empty; it must hold the identifier of the package or representation',
              'mets/@OBJID är tomt; det måste ange paketets eller representationens identifierare',
              loc,
            ),
          ];
    }),
};
