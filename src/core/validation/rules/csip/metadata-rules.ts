import type { Rule } from '../../rule.ts';

export const CSIP_METADATA_RULES: readonly Rule[] = [];
