/** The SAMARKIV-ERMS rules (erms-requirements.ts), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { SAMARKIV_ERMS_1 } from './SAMARKIV-ERMS-1.ts';
import { SAMARKIV_ERMS_2 } from './SAMARKIV-ERMS-2.ts';
import { SAMARKIV_ERMS_3 } from './SAMARKIV-ERMS-3.ts';
import { SAMARKIV_ERMS_4 } from './SAMARKIV-ERMS-4.ts';
import { SAMARKIV_ERMS_5 } from './SAMARKIV-ERMS-5.ts';
import { SAMARKIV_ERMS_6 } from './SAMARKIV-ERMS-6.ts';

export const ERMS_RULES: readonly Rule[] = [
  SAMARKIV_ERMS_1,
  SAMARKIV_ERMS_2,
  SAMARKIV_ERMS_3,
  SAMARKIV_ERMS_4,
  SAMARKIV_ERMS_5,
  SAMARKIV_ERMS_6,
];
