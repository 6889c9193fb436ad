/**
 * Turns the text or parsed data of a policy file (or of a submission agreement's override) into a
 * validated FormatPolicy. Pure: the caller reads the file (src/adapters/policy/). Every problem is
 * one ARC_ERR_POLICY_INVALID naming the source and every failing field, never a crash.
 */
import { parse as parseYaml } from 'yaml';
import { ArchiveError } from '../../errors.ts';
import type { FormatPolicy } from '../format-policy.ts';
import { policyOverrideSchema, policySchema, type PolicyOverride } from './policy-schema.ts';

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(root)'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}

function invalid(
  sourceName: string,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): ArchiveError {
  const lines = issues.map((i) => `${pathOf(i.path)}: ${i.message}`);
  return new ArchiveError('ARC_ERR_POLICY_INVALID', [`${sourceName}: ${lines.join('; ')}`]);
}

/** YAML (a superset of JSON) to data; a syntax error becomes ARC_ERR_POLICY_INVALID with its line. */
function parseText(text: string, sourceName: string): unknown {
  try {
    // uniqueKeys: a key written twice is an error, not "the last one wins".
    return parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    throw new ArchiveError('ARC_ERR_POLICY_INVALID', [`${sourceName}: ${message}`], { cause: e });
  }
}

/** Validates already parsed data (e.g. a policy stored as JSON in a database) as a policy. */
export function validatePolicy(data: unknown, sourceName: string): FormatPolicy {
  const r = policySchema.safeParse(data);
  if (!r.success) throw invalid(sourceName, r.error.issues);
  return r.data;
}

/** Parses and validates the text of a policy file (YAML or JSON). */
export function parsePolicy(text: string, sourceName: string): FormatPolicy {
  return validatePolicy(parseText(text, sourceName), sourceName);
}

export function validatePolicyOverride(data: unknown, sourceName: string): PolicyOverride {
  const r = policyOverrideSchema.safeParse(data);
  if (!r.success) throw invalid(sourceName, r.error.issues);
  return r.data;
}

/** Parses and validates the text of a submission agreement's override (YAML or JSON). */
export function parsePolicyOverride(text: string, sourceName: string): PolicyOverride {
  return validatePolicyOverride(parseText(text, sourceName), sourceName);
}
