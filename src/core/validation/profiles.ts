/**
 * The validation profiles samarkiv checks against and which requirement sets each one includes.
 * Detection from mets/@PROFILE lives in detect-profile.ts.
 */

export const PROFILE_IDS = ['csip-2.1', 'csip-2.2', 'sip-2.1', 'sip-2.2', 'aip-2.2', 'dip-2.2'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export type SpecVersion = '2.1' | '2.2';

/** Names of the requirement sets in src/core/validation/requirements/*.json. */
export type RequirementSetName =
  | 'csipstr'
  | 'csip-2.1'
  | 'csip-2.2'
  | 'sip-2.1'
  | 'sip-2.2'
  | 'aip-2.2'
  | 'dip-2.2'
  | 'samarkiv';

export interface ProfileDefinition {
  readonly id: ProfileId;
  readonly csipVersion: SpecVersion;
  /** The OAIS package type this profile expects in metsHdr/@csip:OAISPACKAGETYPE, if fixed. */
  readonly packageType: 'SIP' | 'AIP' | 'DIP' | null;
  readonly sets: readonly RequirementSetName[];
  readonly label: { readonly en: string; readonly sv: string };
}

export const PROFILES: Readonly<Record<ProfileId, ProfileDefinition>> = {
  'csip-2.1': {
    id: 'csip-2.1',
    csipVersion: '2.1',
    packageType: null,
    sets: ['csipstr', 'csip-2.1', 'samarkiv'],
    label: { en: 'E-ARK CSIP 2.1.0', sv: 'E-ARK CSIP 2.1.0' },
  },
  'csip-2.2': {
    id: 'csip-2.2',
    csipVersion: '2.2',
    packageType: null,
    sets: ['csipstr', 'csip-2.2', 'samarkiv'],
    label: { en: 'E-ARK CSIP 2.2.0', sv: 'E-ARK CSIP 2.2.0' },
  },
  'sip-2.1': {
    id: 'sip-2.1',
    csipVersion: '2.1',
    packageType: 'SIP',
    sets: ['csipstr', 'csip-2.1', 'sip-2.1', 'samarkiv'],
    label: { en: 'E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0)', sv: 'E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0)' },
  },
  'sip-2.2': {
    id: 'sip-2.2',
    csipVersion: '2.2',
    packageType: 'SIP',
    sets: ['csipstr', 'csip-2.2', 'sip-2.2', 'samarkiv'],
    label: { en: 'E-ARK SIP 2.2.0', sv: 'E-ARK SIP 2.2.0' },
  },
  'aip-2.2': {
    id: 'aip-2.2',
    csipVersion: '2.2',
    packageType: 'AIP',
    sets: ['csipstr', 'csip-2.2', 'aip-2.2', 'samarkiv'],
    label: { en: 'E-ARK AIP 2.2.0', sv: 'E-ARK AIP 2.2.0' },
  },
  'dip-2.2': {
    id: 'dip-2.2',
    csipVersion: '2.2',
    packageType: 'DIP',
    sets: ['csipstr', 'csip-2.2', 'dip-2.2', 'samarkiv'],
    label: { en: 'E-ARK DIP 2.2.0', sv: 'E-ARK DIP 2.2.0' },
  },
};

/**
 * Known mets/@PROFILE URLs. Published files contain typos (standards.md §3.2), so each
 * profile accepts a set of URLs; anything else falls back and is reported by CSIP6.
 */
export const PROFILE_URLS: Readonly<Record<string, ProfileId>> = {
  'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml': 'csip-2.2',
  'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP-v2-2-0.xml': 'csip-2.2',
  'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP-v2-1-0.xml': 'csip-2.1',
  'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml': 'sip-2.1',
  'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-1-0.xml': 'sip-2.1',
  'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml': 'sip-2.2',
  'https://earkaip.dilcis.eu/profile/E-ARK-AIP.xml': 'aip-2.2',
  'https://earkaip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml': 'aip-2.2',
  'https://earkdip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml': 'aip-2.2',
  'https://earkcsip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml': 'aip-2.2',
  'https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml': 'dip-2.2',
  'https://earkdip.dilcis.eu/profile/E-ARK-DIP-v2-2-0.xml': 'dip-2.2',
  'https://earksip.dilcis.eu/profile/E-ARK-DIP.xml': 'dip-2.2',
};

/** The URL samarkiv writes for each profile (the canonical one of PROFILE_URLS). */
export const CANONICAL_PROFILE_URL: Readonly<Record<ProfileId, string>> = {
  'csip-2.1': 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml',
  'csip-2.2': 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml',
  'sip-2.1': 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml',
  'sip-2.2': 'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml',
  // Exactly what AIPM2 and its test TEST-AIPM2-1 demand, host name included.
  'aip-2.2': 'https://earkdip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml',
  'dip-2.2': 'https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml',
};

export function isProfileId(s: string): s is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(s);
}

/**
 * Chooses the profile for a package from its mets/@PROFILE and OAIS package type.
 * A plain CSIP URL with OAISPACKAGETYPE SIP/AIP/DIP still selects the CSIP profile: the package
 * declares what it conforms to.
 */
export function detectProfile(profileUrl: string | undefined): ProfileId {
  const known = profileUrl ? PROFILE_URLS[profileUrl.trim()] : undefined;
  return known ?? 'csip-2.2';
}
