/** One FGS 1.x requirement as data, in the shape of the E-ARK catalogue (requirement.ts). */
import type { Requirement } from '../../validation/requirement.ts';
import type { Level } from '../../validation/rule.ts';

/**
 * Where the requirements come from: standards.md §7.2 (public generator code and municipal export
 * scripts), since Riksarkivet's specification and schemas are not stored in this project.
 */
export const SOURCE =
  'Source: standards.md §7.2 (FGS Paketstruktur 1.x, RAFGS1V1.2 with Tillägg RAFGS1V1.2A20171025).';

export function requirement(
  id: string,
  level: Level,
  title: { readonly en: string; readonly sv: string },
  text: string,
  xpath?: string,
): Requirement {
  return { id, level, title, text: `${text}\n\n${SOURCE}`, ...(xpath ? { xpath } : {}) };
}
