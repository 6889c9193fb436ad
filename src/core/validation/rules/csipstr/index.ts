/** The CSIPSTR rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const CSIPSTR_RULES: readonly Rule[] = [];
