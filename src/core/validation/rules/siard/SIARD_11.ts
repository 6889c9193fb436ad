/**
 * SIARD_11 (mets/@csip:OTHERCONTENTINFORMATIONTYPE, 1..1) — "The
 * `mets/@csip:OTHERCONTENTINFORMATIONTYPE` attribute for the representation MUST set to a value
 * taken from the vocabulary {SIARD_1.0; SIARD_2.0, SIARD_2.1, Database_dump}"
 *
 * The list in the text predates SIARD 2.2; the vocabulary file (CITSSIARDOtherVocabulary…) also
 * has SIARD_2.2, and SIARD_7 names it, so the whole vocabulary is accepted.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { SIARD_OTHER_TYPES, siardRepresentations, withSiard } from './siard-support.ts';

export const SIARD_11: Rule = {
  id: 'SIARD_11',
  check: (ctx) =>
    withSiard(ctx, () =>
      siardRepresentations(ctx).flatMap((m) => {
        const value = m.doc.mets?.attrs['csip:OTHERCONTENTINFORMATIONTYPE'];
        if (value !== undefined && SIARD_OTHER_TYPES.includes(value)) return [];
        const shown = value === undefined ? '(none)' : `"${value}"`;
        return [
          finding(
            `The METS of ${m.representation} has csip:OTHERCONTENTINFORMATIONTYPE ${shown}; expected one of ${SIARD_OTHER_TYPES.join(', ')}`,
            `METS för ${m.representation} har csip:OTHERCONTENTINFORMATIONTYPE ${value === undefined ? '(inget)' : shown}; ett av ${SIARD_OTHER_TYPES.join(', ')} förväntades`,
            at(m, '/mets/@csip:OTHERCONTENTINFORMATIONTYPE', m.doc.mets?.line),
          ),
        ];
      }),
    ),
};
