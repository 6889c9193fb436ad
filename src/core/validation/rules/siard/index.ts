/** The CITS SIARD rules (SIARD_1 … SIARD_33) and samarkiv's SIARD content rules (SAMARKIV-SIARD-n). */
import type { Rule } from '../../rule.ts';
import { SAMARKIV_SIARD_1 } from './SAMARKIV-SIARD-1.ts';
import { SAMARKIV_SIARD_2 } from './SAMARKIV-SIARD-2.ts';
import { SAMARKIV_SIARD_3 } from './SAMARKIV-SIARD-3.ts';
import { SAMARKIV_SIARD_4 } from './SAMARKIV-SIARD-4.ts';
import { SAMARKIV_SIARD_5 } from './SAMARKIV-SIARD-5.ts';
import { SAMARKIV_SIARD_6 } from './SAMARKIV-SIARD-6.ts';
import { SAMARKIV_SIARD_7 } from './SAMARKIV-SIARD-7.ts';
import { SAMARKIV_SIARD_8 } from './SAMARKIV-SIARD-8.ts';
import { SAMARKIV_SIARD_9 } from './SAMARKIV-SIARD-9.ts';
import { SIARD_1 } from './SIARD_1.ts';
import { SIARD_10 } from './SIARD_10.ts';
import { SIARD_11 } from './SIARD_11.ts';
import { SIARD_12 } from './SIARD_12.ts';
import { SIARD_13 } from './SIARD_13.ts';
import { SIARD_14 } from './SIARD_14.ts';
import { SIARD_15 } from './SIARD_15.ts';
import { SIARD_16 } from './SIARD_16.ts';
import { SIARD_17 } from './SIARD_17.ts';
import { SIARD_18 } from './SIARD_18.ts';
import { SIARD_19 } from './SIARD_19.ts';
import { SIARD_19a } from './SIARD_19a.ts';
import { SIARD_19b } from './SIARD_19b.ts';
import { SIARD_2 } from './SIARD_2.ts';
import { SIARD_20 } from './SIARD_20.ts';
import { SIARD_21 } from './SIARD_21.ts';
import { SIARD_22 } from './SIARD_22.ts';
import { SIARD_22a } from './SIARD_22a.ts';
import { SIARD_22b } from './SIARD_22b.ts';
import { SIARD_22c } from './SIARD_22c.ts';
import { SIARD_23 } from './SIARD_23.ts';
import { SIARD_24 } from './SIARD_24.ts';
import { SIARD_25 } from './SIARD_25.ts';
import { SIARD_26 } from './SIARD_26.ts';
import { SIARD_27 } from './SIARD_27.ts';
import { SIARD_28 } from './SIARD_28.ts';
import { SIARD_29 } from './SIARD_29.ts';
import { SIARD_29a } from './SIARD_29a.ts';
import { SIARD_3 } from './SIARD_3.ts';
import { SIARD_30 } from './SIARD_30.ts';
import { SIARD_30a } from './SIARD_30a.ts';
import { SIARD_30b } from './SIARD_30b.ts';
import { SIARD_30c } from './SIARD_30c.ts';
import { SIARD_30d } from './SIARD_30d.ts';
import { SIARD_31 } from './SIARD_31.ts';
import { SIARD_32 } from './SIARD_32.ts';
import { SIARD_33 } from './SIARD_33.ts';
import { SIARD_4 } from './SIARD_4.ts';
import { SIARD_5 } from './SIARD_5.ts';
import { SIARD_6 } from './SIARD_6.ts';
import { SIARD_7 } from './SIARD_7.ts';
import { SIARD_8 } from './SIARD_8.ts';
import { SIARD_9 } from './SIARD_9.ts';

export const SIARD_RULES: readonly Rule[] = [
  SIARD_1,
  SIARD_2,
  SIARD_3,
  SIARD_4,
  SIARD_5,
  SIARD_6,
  SIARD_7,
  SIARD_8,
  SIARD_9,
  SIARD_10,
  SIARD_11,
  SIARD_12,
  SIARD_13,
  SIARD_14,
  SIARD_15,
  SIARD_16,
  SIARD_17,
  SIARD_18,
  SIARD_19,
  SIARD_19a,
  SIARD_19b,
  SIARD_20,
  SIARD_21,
  SIARD_22,
  SIARD_22a,
  SIARD_22b,
  SIARD_22c,
  SIARD_23,
  SIARD_24,
  SIARD_25,
  SIARD_26,
  SIARD_27,
  SIARD_28,
  SIARD_29,
  SIARD_29a,
  SIARD_30,
  SIARD_30a,
  SIARD_30b,
  SIARD_30c,
  SIARD_30d,
  SIARD_31,
  SIARD_32,
  SIARD_33,
  SAMARKIV_SIARD_1,
  SAMARKIV_SIARD_2,
  SAMARKIV_SIARD_3,
  SAMARKIV_SIARD_4,
  SAMARKIV_SIARD_5,
  SAMARKIV_SIARD_6,
  SAMARKIV_SIARD_7,
  SAMARKIV_SIARD_8,
  SAMARKIV_SIARD_9,
];
