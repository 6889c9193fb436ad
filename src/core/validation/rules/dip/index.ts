/** The DIP rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const DIP_RULES: readonly Rule[] = [];
