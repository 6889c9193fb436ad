/** Every rule samarkiv has, keyed by requirement ID. test/core/rule-registry.test.ts checks coverage. */
import type { Rule } from '../rule.ts';
import { AIP_RULES } from './aip/index.ts';
import { CSIP_RULES } from './csip/index.ts';
import { CSIPSTR_RULES } from './csipstr/index.ts';
import { DIP_RULES } from './dip/index.ts';
import { SAMARKIV_RULES } from './samarkiv/index.ts';
import { SIP_RULES } from './sip/index.ts';

export const ALL_RULES: readonly Rule[] = [
  ...CSIPSTR_RULES,
  ...CSIP_RULES,
  ...SIP_RULES,
  ...AIP_RULES,
  ...DIP_RULES,
  ...SAMARKIV_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
