import type { Rule } from '../../rule.ts';

export const CSIP_STRUCTURE_RULES: readonly Rule[] = [];
