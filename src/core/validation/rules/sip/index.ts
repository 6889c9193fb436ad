/** The SIP rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const SIP_RULES: readonly Rule[] = [];
