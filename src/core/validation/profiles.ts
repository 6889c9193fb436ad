/**
 * The validation profiles samarkiv checks against and which requirement sets each one includes.
 * Detection from mets/@PROFILE lives in detect-profile.ts.
 */

export const PROFILE_IDS = [
  'csip-2.1',
  'csip-2.2',
  'sip-2.1',
  'sip-2.2',
  'aip-2.2',
  'dip-2.2',
  'fgs-1',
] as const;
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
  | 'samarkiv'
  | 'cits-siard-root'
  | 'cits-siard-rep'
  | 'samarkiv-siard'
  | 'fgs1'
  /** samarkiv's content checks alone (formats, naming, encryption, PDF/A, viruses), for FGS 1.x. */
  | 'samarkiv-content'
  | 'erms';

/**
 * CITS SIARD (database) requirements: listed in every SIP, AIP and CSIP profile, because whether a
 * package holds a database shows only in its content; their rules do not apply without a SIARD
 * analysis (ctx.analyses 'siard').
 */
const SIARD_SETS = ['cits-siard-root', 'cits-siard-rep', 'samarkiv-siard'] as const;

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
    sets: ['csipstr', 'csip-2.1', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK CSIP 2.1.0', sv: 'E-ARK CSIP 2.1.0' },
  },
  'csip-2.2': {
    id: 'csip-2.2',
    csipVersion: '2.2',
    packageType: null,
    sets: ['csipstr', 'csip-2.2', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK CSIP 2.2.0', sv: 'E-ARK CSIP 2.2.0' },
  },
  'sip-2.1': {
    id: 'sip-2.1',
    csipVersion: '2.1',
    packageType: 'SIP',
    sets: ['csipstr', 'csip-2.1', 'sip-2.1', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0)', sv: 'E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0)' },
  },
  'sip-2.2': {
    id: 'sip-2.2',
    csipVersion: '2.2',
    packageType: 'SIP',
    sets: ['csipstr', 'csip-2.2', 'sip-2.2', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK SIP 2.2.0', sv: 'E-ARK SIP 2.2.0' },
  },
  'aip-2.2': {
    id: 'aip-2.2',
    csipVersion: '2.2',
    packageType: 'AIP',
    sets: ['csipstr', 'csip-2.2', 'aip-2.2', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK AIP 2.2.0', sv: 'E-ARK AIP 2.2.0' },
  },
  'dip-2.2': {
    id: 'dip-2.2',
    csipVersion: '2.2',
    packageType: 'DIP',
    sets: ['csipstr', 'csip-2.2', 'dip-2.2', 'samarkiv', ...SIARD_SETS, 'erms'],
    label: { en: 'E-ARK DIP 2.2.0', sv: 'E-ARK DIP 2.2.0' },
  },
  // Legacy FGS Paketstruktur 1.x (standards.md §7.2): checked by samarkiv's own FGS1-* requirements
  // (src/core/fgs1/); csipVersion and packageType name what a conversion to 2.x would produce.
  'fgs-1': {
    id: 'fgs-1',
    csipVersion: '2.1',
    packageType: 'SIP',
    sets: ['fgs1', 'samarkiv-content', 'erms'],
    label: { en: 'FGS Paketstruktur 1.x (legacy)', sv: 'FGS Paketstruktur 1.x (äldre)' },
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
  // CITS SIARD packages declare the CITS profile (SIARD_5, SIARD_12); they are CSIP packages.
  'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-ROOT.xml': 'csip-2.2',
  'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-REPRESENTATION.xml': 'csip-2.2',
  'https://earkdip.dilcis.eu/profile/E-ARK-DIP-v2-2-0.xml': 'dip-2.2',
  'https://earksip.dilcis.eu/profile/E-ARK-DIP.xml': 'dip-2.2',
  // Riksarkivet's 1.x METS profile. The `.xmll` misspelling occurs in public generator code; it is
  // still detected as 1.x, and FGS1-METS-3 reports it.
  'http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml': 'fgs-1',
  'https://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml': 'fgs-1',
  'http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xmll': 'fgs-1',
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
  'fgs-1': 'http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml',
};

export function isProfileId(s: string): s is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(s);
}

/**
 * Chooses the profile for a package from its mets/@PROFILE and OAIS package type.
 * A plain CSIP URL with OAISPACKAGETYPE SIP/AIP/DIP still selects the CSIP profile: the package
 * declares what it conforms to.
 */
export function detectProfile(profileUrl: string | undefined, rootFile = 'METS.xml'): ProfileId {
  const known = profileUrl ? PROFILE_URLS[profileUrl.trim()] : undefined;
  // Only FGS 1.x names its package METS sip.xml or mets.xml (standards.md §7.2).
  return known ?? (rootFile === 'METS.xml' ? 'csip-2.2' : 'fgs-1');
}
