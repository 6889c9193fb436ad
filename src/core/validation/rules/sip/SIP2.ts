/**
 * SIP2 — METS Profile, mets/@PROFILE (1..1):
 * 2.1.0: "The value is set to "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"."
 * 2.2.0: "The value is set to "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"."
 * The expected URL is the one of the profile's SIP version (CANONICAL_PROFILE_URL); other spellings
 * that profile detection accepts still fail here, since the requirement names one value.
 * Package METS only.
 */
import { CANONICAL_PROFILE_URL } from '../../profiles.ts';
import type { Rule } from '../../rule.ts';
import { checkProfileUrl } from '../shared/package-declarations.ts';

export const SIP2: Rule = {
  id: 'SIP2',
  check: (ctx) =>
    checkProfileUrl(
      ctx,
      CANONICAL_PROFILE_URL[ctx.profile.csipVersion === '2.1' ? 'sip-2.1' : 'sip-2.2'],
      `E-ARK SIP ${ctx.profile.csipVersion}`,
    ),
};
