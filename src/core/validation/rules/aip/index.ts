/** The AIP rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const AIP_RULES: readonly Rule[] = [];
