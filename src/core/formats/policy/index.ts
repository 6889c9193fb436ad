/** Format policies as data: schema, parsing and per-agreement overrides (see data/policies/SOURCE.md). */
export { mergePolicyOverride } from './merge-override.ts';
export { parsePolicy, parsePolicyOverride, validatePolicy, validatePolicyOverride } from './parse-policy.ts';
export { policyOverrideSchema, policySchema, PUID_PATTERN, type PolicyOverride } from './policy-schema.ts';
