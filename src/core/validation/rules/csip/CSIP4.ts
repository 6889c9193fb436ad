/**
 * CSIP4 (mets/@csip:CONTENTINFORMATIONTYPE, 0..1): Used to declare the Content Information Type
 * Specification used when creating the package. Legal values are defined in a fixed vocabulary.
 * The attribute is mandatory for representation level METS documents. The vocabulary will evolve
 * under the care of the DILCIS Board as additional Content Information Type Specifications are
 * developed.
 *
 * Every METS document. A value must be one of the enumeration of DILCISExtensionMETS.xsd, exact
 * spelling. Absent in a representation METS fails (mandatory there); absent in the package METS
 * fails too, at the requirement's SHOULD level, since the package then does not declare its
 * Content Information Type Specification.
 */
import { finding, type Rule } from '../../rule.ts';
import { CONTENT_INFORMATION_TYPES, inVocabulary } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everyMetsRoot } from './mets-root.ts';

export const CSIP4: Rule = {
  id: 'CSIP4',
  check: (ctx) =>
    everyMetsRoot(ctx, (parsed, mets) => {
      const value = mets.attrs['csip:CONTENTINFORMATIONTYPE'];
      const loc = at(parsed, '/mets/@csip:CONTENTINFORMATIONTYPE', mets.line);
      if (value === undefined) {
        return parsed.representation
          ? [
              finding(
                'The representation METS has no csip:CONTENTINFORMATIONTYPE; it is mandatory for representations (e.g. citserms_v2_1, citssiard_v1_0, OTHER)',
                'Representationens METS saknar csip:CONTENTINFORMATIONTYPE; attributet är obligatoriskt för representationer (t.ex. citserms_v2_1, citssiard_v1_0, OTHER)',
                loc,
              ),
            ]
          : [
              finding(
                'The package METS has no csip:CONTENTINFORMATIONTYPE; it should declare the Content Information Type Specification (e.g. citserms_v2_1, MIXED, OTHER)',
                'Paketets METS saknar csip:CONTENTINFORMATIONTYPE; attributet bör ange innehållsinformationstyp (t.ex. citserms_v2_1, MIXED, OTHER)',
                loc,
              ),
            ];
      }
      if (inVocabulary(CONTENT_INFORMATION_TYPES, value)) return [];
      return [
        finding(
          `csip:CONTENTINFORMATIONTYPE ${quote(value)} is not in the CSIP vocabulary (e.g. citserms_v2_1, citssiard_v1_0, MIXED, OTHER; exact spelling)`,
          `csip:CONTENTINFORMATIONTYPE ${quote(value)} finns inte i CSIP:s vokabulär (t.ex. citserms_v2_1, citssiard_v1_0, MIXED, OTHER; exakt stavning)`,
          loc,
        ),
      ];
    }),
};
