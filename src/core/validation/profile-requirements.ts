/** The full, ordered requirement list of a profile: its catalogue sets plus samarkiv's own. */
import { FGS1_REQUIREMENTS } from '../fgs1/requirements/index.ts';
import { CONTENT_REQUIREMENTS } from './content-requirements.ts';
import { ERMS_REQUIREMENTS } from './erms-requirements.ts';
import type { ProfileDefinition } from './profiles.ts';
import type { Requirement } from './requirement.ts';
import { loadRequirementSet, type CatalogueSetName } from './requirements/index.ts';
import { SAMARKIV_REQUIREMENTS } from './samarkiv-requirements.ts';
import { SIARD_REQUIREMENTS } from './siard-requirements.ts';

export function requirementsOf(profile: ProfileDefinition): readonly Requirement[] {
  const out: Requirement[] = [];
  for (const set of profile.sets) {
    // The content checks (formats, naming, encryption, PDF/A, viruses) belong with samarkiv's own set.
    if (set === 'samarkiv') out.push(...SAMARKIV_REQUIREMENTS, ...CONTENT_REQUIREMENTS);
    else if (set === 'samarkiv-siard') out.push(...SIARD_REQUIREMENTS);
    else if (set === 'fgs1') out.push(...FGS1_REQUIREMENTS);
    else if (set === 'samarkiv-content') out.push(...CONTENT_REQUIREMENTS);
    else if (set === 'erms') out.push(...ERMS_REQUIREMENTS);
    else out.push(...loadRequirementSet(set as CatalogueSetName));
  }
  return out;
}
