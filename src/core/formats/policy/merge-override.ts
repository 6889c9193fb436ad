/**
 * Applies a submission agreement's override to a consortium's policy. Entries replace by PUID: every
 * PUID an override entry lists is taken out of the base entries (an entry left with no PUIDs goes),
 * and the override entries come first. So an agreement can accept PDF/A-3 (fmt/479–481) for one
 * delivery without restating the rest of the policy, and no PUID ever ends up in two entries.
 */
import { ArchiveError } from '../../errors.ts';
import type { FormatPolicy, FormatPolicyEntry } from '../format-policy.ts';
import type { PolicyOverride } from './policy-schema.ts';

export function mergePolicyOverride(base: FormatPolicy, override: PolicyOverride): FormatPolicy {
  if (override.extends !== undefined && override.extends !== base.id) {
    throw new ArchiveError('ARC_ERR_POLICY_INVALID', [
      `override ${override.id} extends policy "${override.extends}", but the policy in use is "${base.id}"`,
    ]);
  }
  const replaced = new Set(override.entries.flatMap((e) => e.puids));
  const kept: FormatPolicyEntry[] = [];
  for (const entry of base.entries) {
    const puids = entry.puids.filter((p) => !replaced.has(p));
    if (puids.length === entry.puids.length) kept.push(entry);
    else if (puids.length > 0) kept.push({ ...entry, puids });
  }
  return {
    id: `${base.id}+${override.id}`,
    name: override.name ?? {
      en: `${base.name.en}, with override ${override.id}`,
      sv: `${base.name.sv}, med avvikelser enligt ${override.id}`,
    },
    source: override.source
      ? `${base.source}; ${override.source}`
      : `${base.source}; override ${override.id}`,
    unlisted: override.unlisted ?? base.unlisted,
    entries: [...override.entries, ...kept],
  };
}
