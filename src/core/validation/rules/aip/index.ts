/** The AIP rules (AIPM1–AIPM7), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { AIPM1 } from './AIPM1.ts';
import { AIPM2 } from './AIPM2.ts';
import { AIPM3 } from './AIPM3.ts';
import { AIPM4 } from './AIPM4.ts';
import { AIPM5 } from './AIPM5.ts';
import { AIPM6 } from './AIPM6.ts';
import { AIPM7 } from './AIPM7.ts';

export const AIP_RULES: readonly Rule[] = [AIPM1, AIPM2, AIPM3, AIPM4, AIPM5, AIPM6, AIPM7];
