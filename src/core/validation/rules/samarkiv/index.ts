/** The SAMARKIV rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const SAMARKIV_RULES: readonly Rule[] = [];
