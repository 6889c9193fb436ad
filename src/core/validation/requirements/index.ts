/**
 * The requirement catalogue: every requirement of each specification version as data (ID, level,
 * English and Swedish title, XPath, cardinality, text). The JSON files beside this one are generated
 * by scripts/sync-requirements.ts from the METS profiles in schemas/profiles/; never edit them by hand.
 */
import type { Level } from '../rule.ts';
import type { RequirementSetName } from '../profiles.ts';
import aip22 from './aip-2.2.json' with { type: 'json' };
import citsSiardRep from './cits-siard-rep.json' with { type: 'json' };
import citsSiardRoot from './cits-siard-root.json' with { type: 'json' };
import csip21 from './csip-2.1.json' with { type: 'json' };
import csip22 from './csip-2.2.json' with { type: 'json' };
import csipstr from './csipstr.json' with { type: 'json' };
import dip22 from './dip-2.2.json' with { type: 'json' };
import sip21 from './sip-2.1.json' with { type: 'json' };
import sip22 from './sip-2.2.json' with { type: 'json' };

export interface Requirement {
  /** The ID exactly as the specification writes it: CSIP17, SIP4, CSIPSTR1, AIPM2, REF_CSIP_1 … */
  readonly id: string;
  readonly level: Level;
  readonly title: { readonly en: string; readonly sv: string };
  /** The METS XPath the profile names, when it names one. */
  readonly xpath?: string;
  /** Cardinality as the profile writes it: 0..1, 1..1, 0..n, 1..n, 0..* … */
  readonly cardinality?: string;
  /** The requirement's prose in English; paragraphs are separated by a blank line. */
  readonly text: string;
}

const LEVELS: readonly string[] = ['MUST', 'SHOULD', 'MAY'] satisfies Level[];

type JsonRequirement = Omit<Requirement, 'level'> & { readonly level: string };

/** JSON imports type `level` as string; check it once at load instead of trusting a cast. */
function typed(set: readonly JsonRequirement[]): readonly Requirement[] {
  const bad = set.find((r) => !LEVELS.includes(r.level));
  if (bad) throw new Error(`requirement ${bad.id} has level ${bad.level}`);
  return set as readonly Requirement[];
}

const SETS = {
  csipstr: typed(csipstr),
  'csip-2.1': typed(csip21),
  'csip-2.2': typed(csip22),
  'sip-2.1': typed(sip21),
  'sip-2.2': typed(sip22),
  'aip-2.2': typed(aip22),
  'dip-2.2': typed(dip22),
  'cits-siard-root': typed(citsSiardRoot),
  'cits-siard-rep': typed(citsSiardRep),
} satisfies Partial<Record<RequirementSetName, readonly Requirement[]>>;

/** The sets this catalogue holds; profiles.ts may name further, hand-written sets (e.g. samarkiv). */
export type CatalogueSetName = keyof typeof SETS;

export const CATALOGUE_SET_NAMES = Object.keys(SETS) as readonly CatalogueSetName[];

export function loadRequirementSet(name: CatalogueSetName): readonly Requirement[] {
  return SETS[name];
}
