/** The content rules (content-requirements.ts), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { SAMARKIV_ENC_1 } from './SAMARKIV-ENC-1.ts';
import { SAMARKIV_FMT_1 } from './SAMARKIV-FMT-1.ts';
import { SAMARKIV_FMT_2 } from './SAMARKIV-FMT-2.ts';
import { SAMARKIV_FMT_3 } from './SAMARKIV-FMT-3.ts';
import { SAMARKIV_NAME_1 } from './SAMARKIV-NAME-1.ts';
import { SAMARKIV_PDF_1 } from './SAMARKIV-PDF-1.ts';
import { SAMARKIV_PDF_2 } from './SAMARKIV-PDF-2.ts';
import { SAMARKIV_VIR_1 } from './SAMARKIV-VIR-1.ts';
import { SAMARKIV_VIR_2 } from './SAMARKIV-VIR-2.ts';

export const CONTENT_RULES: readonly Rule[] = [
  SAMARKIV_FMT_1,
  SAMARKIV_FMT_2,
  SAMARKIV_FMT_3,
  SAMARKIV_NAME_1,
  SAMARKIV_ENC_1,
  SAMARKIV_PDF_1,
  SAMARKIV_PDF_2,
  SAMARKIV_VIR_1,
  SAMARKIV_VIR_2,
];
