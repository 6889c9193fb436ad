/**
 * The Schematron rules shipped with CITS ERMS (erms.sch for 2.1, erms_v3.sch for 3.0), re-implemented
 * as TypeScript so no XSLT 2 processor is needed (ecosystem.md: none is usable offline here), and
 * how a streaming reader applies them: Schematron fires only the first rule of a pattern whose
 * context matches a node, so an element matched by two contexts is checked by the first one only.
 */
import type { ErmsVersion } from './erms-facts.ts';
import { ERMS_2_1_RULES } from './erms-sch.ts';
import { ERMS_3_0_RULES } from './erms-v3-sch.ts';
import type { NoNsAttrs, SchematronRule } from './schematron-rule.ts';

export type { NoNsAttrs, SchematronRule } from './schematron-rule.ts';

export const SCHEMATRON_RULES: Readonly<Record<ErmsVersion, readonly SchematronRule[]>> = {
  '2.1': ERMS_2_1_RULES,
  '3.0': ERMS_3_0_RULES,
};

/**
 * The rules that can match an element without attributes. Most elements of an export have none,
 * and no attribute-testing context can match them, so the reader only tries these on such elements
 * (the first match among them is the first match among all).
 */
export const ATTRIBUTE_FREE_RULES: Readonly<Record<ErmsVersion, readonly SchematronRule[]>> = {
  '2.1': ERMS_2_1_RULES.filter((r) => r.contextAttribute === null),
  '3.0': ERMS_3_0_RULES.filter((r) => r.contextAttribute === null),
};

/** The rule Schematron fires for an element: the first whose context matches, or none. */
export function firingRule(
  rules: readonly SchematronRule[],
  uri: string,
  local: string,
  attrs: NoNsAttrs,
): SchematronRule | undefined {
  return rules.find((r) => r.matches(uri, local, attrs));
}
