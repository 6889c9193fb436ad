/** Every rule samarkiv has, keyed by requirement ID. test/core/rule-registry.test.ts checks coverage. */
import type { Rule } from '../rule.ts';
import { AIP_RULES } from './aip/index.ts';
import { CONTENT_RULES } from './content/index.ts';
import { CSIP_RULES } from './csip/index.ts';
import { CSIPSTR_RULES } from './csipstr/index.ts';
import { DIP_RULES } from './dip/index.ts';
import { ERMS_RULES } from './erms/index.ts';
import { FGS1_RULES } from './fgs1/index.ts';
import { SAMARKIV_RULES } from './samarkiv/index.ts';
import { SIARD_RULES } from './siard/index.ts';
import { SIP_RULES } from './sip/index.ts';

export const ALL_RULES: readonly Rule[] = [
  ...CSIPSTR_RULES,
  ...CSIP_RULES,
  ...SIP_RULES,
  ...AIP_RULES,
  ...DIP_RULES,
  ...SAMARKIV_RULES,
  ...CONTENT_RULES,
  ...FGS1_RULES,
  ...ERMS_RULES,
  ...SIARD_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
