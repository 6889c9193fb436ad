/**
 * AIPM2 — AIP METS Profile:
 * "The value of the AIP METS profile attribute must be set to
 * https://earkdip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml."
 * Exactly the URL of the profile's test TEST-AIPM2-1 (/mets[@PROFILE="…"]), host earkdip included,
 * which is CANONICAL_PROFILE_URL['aip-2.2']. Other AIP URLs that profile detection accepts (the
 * earkaip host, the profile's own example with the earkcsip host) fail here. Package METS only.
 */
import { CANONICAL_PROFILE_URL } from '../../profiles.ts';
import type { Rule } from '../../rule.ts';
import { checkProfileUrl } from '../shared/package-declarations.ts';

export const AIPM2: Rule = {
  id: 'AIPM2',
  check: (ctx) => checkProfileUrl(ctx, CANONICAL_PROFILE_URL['aip-2.2'], 'E-ARK AIP 2.2'),
};
