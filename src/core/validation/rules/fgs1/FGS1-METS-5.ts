/**
 * FGS1-METS-5 (SHOULD): mets/@TYPE is a term of the 1.x content type list (vocabulary.ts, partly
 * unconfirmed). A missing TYPE is FGS1-METS-4's finding; a near miss in letter case is named.
 */
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { FGS1_CONTENT_TYPES } from '../../../fgs1/vocabulary.ts';
import { isBlank, loc, onOptionalSip } from './sip-mets.ts';

const TERMS: readonly string[] = FGS1_CONTENT_TYPES;

export const FGS1_METS_5: Rule = {
  id: 'FGS1-METS-5',
  check: (ctx) =>
    onOptionalSip(ctx, (m) => {
      const type = m.mets.attrs['TYPE'];
      if (type === undefined || isBlank(type))
        return notApplicable('The package has no TYPE', 'Paketet saknar TYPE');
      if (TERMS.includes(type)) return [];
      const near = TERMS.find((t) => t.toLowerCase() === type.trim().toLowerCase());
      const hint = near
        ? { en: `; it is spelled '${near}'`, sv: `; det stavas '${near}'` }
        : { en: ` (${TERMS.join(', ')})`, sv: ` (${TERMS.join(', ')})` };
      return [
        finding(
          `TYPE '${type}' is not a term of the FGS 1.x content type list${hint.en}`,
          `TYPE '${type}' är inte en term i innehållstyplistan för FGS 1.x${hint.sv}`,
          loc(m, '/mets/@TYPE', m.mets),
        ),
      ];
    }),
};
