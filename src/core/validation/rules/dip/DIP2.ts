/**
 * DIP2 — METS Profile, mets/@PROFILE (1..1):
 * "The value is set to "https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml"."
 *
 * Two versions of this text exist in DILCISBoard/E-ARK-DIP (specification/implementation/
 * metadata/mets/mets-root/requirements.md): an earlier one with the host earksip.dilcis.eu
 * (".../E-ARK-DIP.xml" on the SIP site, a copy-paste slip) and the current one, identical with the
 * DIP 2.2.0 profile (profile/E-ARK-DIP-v2-2-0.xml), with the host earkdip.dilcis.eu. Profile
 * detection accepts both (and the versioned E-ARK-DIP-v2-2-0.xml) so such a package is still
 * checked as a DIP; DIP2 demands the 2.2.0 profile's value, CANONICAL_PROFILE_URL['dip-2.2'].
 * Package METS only.
 */
import { CANONICAL_PROFILE_URL } from '../../profiles.ts';
import type { Rule } from '../../rule.ts';
import { checkProfileUrl } from '../shared/package-declarations.ts';

export const DIP2: Rule = {
  id: 'DIP2',
  check: (ctx) => checkProfileUrl(ctx, CANONICAL_PROFILE_URL['dip-2.2'], 'E-ARK DIP 2.2'),
};
