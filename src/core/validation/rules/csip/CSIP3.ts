/**
 * CSIP3 (mets[@TYPE='OTHER']/@csip:OTHERTYPE, 0..1): When the mets/@TYPE attribute has the value
 * "OTHER" the mets/@csip:OTHERTYPE attribute MUST be used to declare the content category of the
 * package/representation. The value can either be "OTHER" or any other string that are not present
 * in the vocabulary used in the mets/@TYPE attribute.
 *
 * Applies to every METS document whose TYPE is "OTHER" or the vocabulary's "Other" (in any case);
 * not applicable when none is. OTHERTYPE must be present, not empty, and not a vocabulary term
 * (a listed category belongs in TYPE itself).
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { metsDocuments } from '../../package-context.ts';
import { CONTENT_CATEGORIES, inVocabulary, OTHER_CONTENT_CATEGORIES } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';

export const CSIP3: Rule = {
  id: 'CSIP3',
  check(ctx) {
    const others = metsDocuments(ctx).filter(
      (p) => (p.doc?.mets?.attrs['TYPE'] ?? '').trim().toUpperCase() === 'OTHER',
    );
    if (others.length === 0) {
      return notApplicable(
        'No METS document has TYPE "OTHER", so csip:OTHERTYPE is not required',
        'Inget METS-dokument har TYPE "OTHER", så csip:OTHERTYPE krävs inte',
      );
    }
    return others.flatMap((parsed) => {
      const mets = parsed.doc?.mets;
      if (!mets) return [];
      const other = (mets.attrs['csip:OTHERTYPE'] ?? '').trim();
      const loc = at(parsed, '/mets/@csip:OTHERTYPE', mets.line);
      if (other === '') {
        return [
          finding(
            'mets/@TYPE is "OTHER" but csip:OTHERTYPE, which names the content category, is missing or empty',
            'mets/@TYPE är "OTHER" men csip:OTHERTYPE, som anger innehållskategorin, saknas eller är tomt',
            loc,
          ),
        ];
      }
      if (inVocabulary(CONTENT_CATEGORIES, other) && !inVocabulary(OTHER_CONTENT_CATEGORIES, other)) {
        return [
          finding(
            `csip:OTHERTYPE is ${quote(other)}, a term of the vocabulary; put it in mets/@TYPE instead of "OTHER"`,
            `csip:OTHERTYPE är ${quote(other)}, en term i vokabulären; ange den i mets/@TYPE i stället för "OTHER"`,
            loc,
          ),
        ];
      }
      return [];
    });
  },
};
