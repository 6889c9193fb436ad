/** The CSIPSTR rules (package folder structure), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { CSIPSTR1 } from './CSIPSTR1.ts';
import { CSIPSTR2 } from './CSIPSTR2.ts';
import { CSIPSTR3 } from './CSIPSTR3.ts';
import { CSIPSTR4 } from './CSIPSTR4.ts';
import { CSIPSTR5 } from './CSIPSTR5.ts';
import { CSIPSTR6 } from './CSIPSTR6.ts';
import { CSIPSTR7 } from './CSIPSTR7.ts';
import { CSIPSTR8 } from './CSIPSTR8.ts';
import { CSIPSTR9 } from './CSIPSTR9.ts';
import { CSIPSTR10 } from './CSIPSTR10.ts';
import { CSIPSTR11 } from './CSIPSTR11.ts';
import { CSIPSTR12 } from './CSIPSTR12.ts';
import { CSIPSTR13 } from './CSIPSTR13.ts';
import { CSIPSTR14 } from './CSIPSTR14.ts';
import { CSIPSTR15 } from './CSIPSTR15.ts';
import { CSIPSTR16 } from './CSIPSTR16.ts';

export const CSIPSTR_RULES: readonly Rule[] = [
  CSIPSTR1,
  CSIPSTR2,
  CSIPSTR3,
  CSIPSTR4,
  CSIPSTR5,
  CSIPSTR6,
  CSIPSTR7,
  CSIPSTR8,
  CSIPSTR9,
  CSIPSTR10,
  CSIPSTR11,
  CSIPSTR12,
  CSIPSTR13,
  CSIPSTR14,
  CSIPSTR15,
  CSIPSTR16,
];
