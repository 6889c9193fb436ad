/**
 * FGS1-METS-3 (MUST): mets/@PROFILE is exactly Riksarkivet's 1.x profile URL. The URL is an
 * identifier, so https:// or the `.xmll` misspelling of public generator code (both detected as
 * 1.x in profiles.ts) are reported.
 */
import { finding, type Rule } from '../../rule.ts';
import { FGS1_PROFILE_URL } from '../../../fgs1/vocabulary.ts';
import { loc, onSip } from './sip-mets.ts';

export const FGS1_METS_3: Rule = {
  id: 'FGS1-METS-3',
  check: (ctx) =>
    onSip(ctx, (m) => {
      const raw = m.mets.attrs['PROFILE'];
      if (raw?.trim() === FGS1_PROFILE_URL) return [];
      const where = loc(m, '/mets/@PROFILE', m.mets);
      if (raw === undefined || raw.trim() === '') {
        return [
          finding(
            `The mets element has no PROFILE; expected ${FGS1_PROFILE_URL}`,
            `Elementet mets saknar PROFILE; ${FGS1_PROFILE_URL} förväntades`,
            where,
          ),
        ];
      }
      return [
        finding(
          `PROFILE '${raw}' is not the FGS 1.x profile URL ${FGS1_PROFILE_URL} (exact spelling)`,
          `PROFILE '${raw}' är inte profil-URL:en för FGS 1.x, ${FGS1_PROFILE_URL} (exakt stavning)`,
          where,
        ),
      ];
    }),
};
