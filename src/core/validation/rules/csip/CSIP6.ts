/**
 * CSIP6 (mets/@PROFILE, 1..1): The URL of the METS profile that the information package conforms
 * with.
 *
 * Every METS document. Accepted: the URLs PROFILE_URLS maps to the profile being validated, plus
 * its CANONICAL_PROFILE_URL (the plain CSIP URL is the same for 2.1 and 2.2, so the map can name
 * only one of them). The published profiles spell their URLs inconsistently (standards.md §3.2), so
 * the accepted set is data in profiles.ts, not a pattern.
 */
import { finding, type Rule } from '../../rule.ts';
import { CANONICAL_PROFILE_URL, PROFILE_URLS, PROFILES, type ProfileId } from '../../profiles.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everyMetsRoot } from './mets-root.ts';

function acceptedProfileUrls(profile: ProfileId): Set<string> {
  const urls = new Set(Object.keys(PROFILE_URLS).filter((url) => PROFILE_URLS[url] === profile));
  urls.add(CANONICAL_PROFILE_URL[profile]);
  return urls;
}

export const CSIP6: Rule = {
  id: 'CSIP6',
  check(ctx) {
    const accepted = acceptedProfileUrls(ctx.profile.id);
    const expected = CANONICAL_PROFILE_URL[ctx.profile.id];
    const label = ctx.profile.label;
    return everyMetsRoot(ctx, (parsed, mets) => {
      const raw = mets.attrs['PROFILE'];
      const loc = at(parsed, '/mets/@PROFILE', mets.line);
      if (raw === undefined || raw.trim() === '') {
        return [
          finding(
            `The mets element has no PROFILE URL; expected ${expected} (${label.en})`,
            `Elementet mets saknar PROFILE-URL; förväntat ${expected} (${label.sv})`,
            loc,
          ),
        ];
      }
      const url = raw.trim();
      if (accepted.has(url)) return [];
      const other = PROFILE_URLS[url];
      if (other) {
        return [
          finding(
            `PROFILE ${quote(url)} declares ${PROFILES[other].label.en}, but the package is validated as ${label.en} (expected ${expected})`,
            `PROFILE ${quote(url)} anger ${PROFILES[other].label.sv}, men paketet valideras som ${label.sv} (förväntat ${expected})`,
            loc,
          ),
        ];
      }
      return [
        finding(
          `PROFILE ${quote(url)} is not a known E-ARK profile URL; expected ${expected} (${label.en})`,
          `PROFILE ${quote(url)} är inte en känd E-ARK-profil-URL; förväntat ${expected} (${label.sv})`,
          loc,
        ),
      ];
    });
  },
};
