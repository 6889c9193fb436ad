/** The full, ordered requirement list of a profile: its catalogue sets plus samarkiv's own. */
import type { ProfileDefinition } from './profiles.ts';
import type { Requirement } from './requirement.ts';
import { loadRequirementSet, type CatalogueSetName } from './requirements/index.ts';
import { SAMARKIV_REQUIREMENTS } from './samarkiv-requirements.ts';

export function requirementsOf(profile: ProfileDefinition): readonly Requirement[] {
  const out: Requirement[] = [];
  for (const set of profile.sets) {
    if (set === 'samarkiv') out.push(...SAMARKIV_REQUIREMENTS);
    else out.push(...loadRequirementSet(set as CatalogueSetName));
  }
  return out;
}
