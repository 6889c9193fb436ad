/** The CSIP rules, one file per requirement ID. */
import type { Rule } from '../../rule.ts';

export const CSIP_RULES: readonly Rule[] = [];
