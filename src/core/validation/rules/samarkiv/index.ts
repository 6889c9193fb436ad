/** The SAMARKIV rules (samarkiv-requirements.ts), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { SAMARKIV_REF_1 } from './SAMARKIV-REF-1.ts';
import { SAMARKIV_REF_2 } from './SAMARKIV-REF-2.ts';
import { SAMARKIV_SUM_1 } from './SAMARKIV-SUM-1.ts';
import { SAMARKIV_XSD_1 } from './SAMARKIV-XSD-1.ts';
import { SAMARKIV_XSD_2 } from './SAMARKIV-XSD-2.ts';

export const SAMARKIV_RULES: readonly Rule[] = [
  SAMARKIV_XSD_1,
  SAMARKIV_XSD_2,
  SAMARKIV_REF_1,
  SAMARKIV_REF_2,
  SAMARKIV_SUM_1,
];
