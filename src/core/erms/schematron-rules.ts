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
 * A version's rules arranged for the reader: those matching on the element alone, and the others
 * by the attribute their context tests. An element is tried only against the rules of the
 * attributes it has, not against all of them (2.5 million elements in a 100,000-document export).
 */
export interface RuleIndex {
  readonly elementOnly: readonly IndexedRule[];
  readonly byAttribute: ReadonlyMap<string, readonly IndexedRule[]>;
}

interface IndexedRule {
  /** Place in the pattern: of two matching rules, Schematron fires the earlier. */
  readonly order: number;
  readonly rule: SchematronRule;
}

function indexRules(rules: readonly SchematronRule[]): RuleIndex {
  const elementOnly: IndexedRule[] = [];
  const byAttribute = new Map<string, IndexedRule[]>();
  for (const [order, rule] of rules.entries()) {
    const name = rule.contextAttribute;
    if (name === null) elementOnly.push({ order, rule });
    else byAttribute.set(name, [...(byAttribute.get(name) ?? []), { order, rule }]);
  }
  return { elementOnly, byAttribute };
}

export const SCHEMATRON_RULE_INDEX: Readonly<Record<ErmsVersion, RuleIndex>> = {
  '2.1': indexRules(ERMS_2_1_RULES),
  '3.0': indexRules(ERMS_3_0_RULES),
};

/**
 * The rule Schematron fires for an element: the first in the pattern whose context matches, or
 * none. A rule whose context tests an attribute can only match an element that has it.
 */
export function firingRule(
  index: RuleIndex,
  uri: string,
  local: string,
  attrs: NoNsAttrs,
): SchematronRule | undefined {
  let best = index.elementOnly.find((c) => c.rule.matches(uri, local, attrs));
  for (const name in attrs) {
    for (const c of index.byAttribute.get(name) ?? []) {
      if (best && c.order > best.order) break;
      if (c.rule.matches(uri, local, attrs)) {
        best = c;
        break;
      }
    }
  }
  return best?.rule;
}
