/**
 * CSIP2 (mets/@TYPE, 1..1): The mets/@TYPE attribute MUST be used to declare the category of the
 * content held in the package, e.g. "Datasets", "Websites", "Mixes" , "Other", etc.. Legal values
 * are defined in a fixed vocabulary. When the content category used falls outside of the defined
 * vocabulary the mets/@TYPE value must be set to "OTHER" and the specific value declared in
 * mets/@csip:OTHERTYPE. The vocabulary will develop under the curation of the DILCIS Board as
 * additional content information type specifications are produced.
 *
 * Every METS document. Accepted: a term of the content category vocabulary exactly as published
 * (several terms use an en dash "–"), or "OTHER", the spelling this requirement itself prescribes
 * for categories outside the vocabulary. A near miss (other case, hyphen for en dash) is named in
 * the message but still fails: the value is matched exactly.
 */
import { finding, type Rule } from '../../rule.ts';
import { CONTENT_CATEGORIES, inVocabulary, OTHER_CONTENT_CATEGORIES } from '../../vocabularies.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everyMetsRoot } from './mets-root.ts';

const loose = (v: string): string =>
  v
    .replace(/[\u2013\u2014-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The vocabulary term a wrongly spelled value was probably meant to be. */
function nearMiss(value: string): string | undefined {
  return CONTENT_CATEGORIES.find((t) => loose(t) === loose(value));
}

export const CSIP2: Rule = {
  id: 'CSIP2',
  check: (ctx) =>
    everyMetsRoot(ctx, (parsed, mets) => {
      const type = mets.attrs['TYPE'];
      const loc = at(parsed, '/mets/@TYPE', mets.line);
      if (type === undefined) {
        return [
          finding(
            'The mets element has no TYPE attribute; it must state the content category (e.g. "Textual works – Digital", "Datasets", "OTHER")',
            'Elementet mets saknar attributet TYPE; det måste ange innehållskategori (t.ex. "Textual works – Digital", "Datasets", "OTHER")',
            loc,
          ),
        ];
      }
      if (inVocabulary(CONTENT_CATEGORIES, type) || inVocabulary(OTHER_CONTENT_CATEGORIES, type)) return [];
      const meant = nearMiss(type);
      const hint = meant ? ` Did you mean ${quote(meant)}?` : '';
      const hintSv = meant ? ` Avsågs ${quote(meant)}?` : '';
      return [
        finding(
          `mets/@TYPE ${quote(type)} is not in the CSIP content category vocabulary; use a listed term exactly, or "OTHER" with csip:OTHERTYPE.${hint}`,
          `mets/@TYPE ${quote(type)} finns inte i CSIP:s vokabulär för innehållskategorier; använd en listad term exakt, eller "OTHER" med csip:OTHERTYPE.${hintSv}`,
          loc,
        ),
      ];
    }),
};
