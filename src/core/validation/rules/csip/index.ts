/** The CSIP rules (CSIP1–CSIP119), one file per requirement ID, split by area. */
import type { Rule } from '../../rule.ts';
import { CSIP_METADATA_RULES } from './metadata-rules.ts';
import { CSIP_STRUCTURE_RULES } from './structure-rules.ts';

export const CSIP_RULES: readonly Rule[] = [...CSIP_METADATA_RULES, ...CSIP_STRUCTURE_RULES];
