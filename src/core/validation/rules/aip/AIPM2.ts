/**
 * AIPM2 — AIP METS Profile:
 * "The value of the AIP METS profile attribute must be set to
 * https://earkdip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml."
 * Exactly the URL of the profile's test TEST-AIPM2-1 (/mets[@PROFILE="…"]), host earkdip included,
 * which is CANONICAL_PROFILE_URL['aip-2.2']. Other AIP URLs that profile detection accepts (the
 * earkaip host, the profile's own example with the earkcsip host) fail here. Package METS only.
 */
import { CANONICAL_PROFILE_URL } from '../../profiles.ts';
import { finding, type Rule } from '../../rule.ts';
import { at, onPackageMets, shown } from '../sip/support.ts';

export const AIPM2: Rule = {
  id: 'AIPM2',
  check: (ctx) =>
    onPackageMets(ctx, (doc, path) => {
      const expected = CANONICAL_PROFILE_URL['aip-2.2'];
      const value = doc.mets?.attrs['PROFILE'];
      if (value?.trim() === expected) return [];
      return [
        finding(
          `mets/@PROFILE is ${shown(value).en}; E-ARK AIP 2.2 requires exactly "${expected}"`,
          `mets/@PROFILE är ${shown(value).sv}; E-ARK AIP 2.2 kräver exakt "${expected}"`,
          at(path, '/mets/@PROFILE', doc.mets ?? undefined),
        ),
      ];
    }),
};
