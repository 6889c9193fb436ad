/**
 * The SIP rules (SIP1–SIP35), one file per requirement ID, plus the reference requirements the SIP
 * profile shares: REF_CSIP_1–3 (also in the DIP profile) and REF_METS_1–2 (also in the CSIP and DIP
 * profiles). Each ID is registered once, here.
 */
import type { Rule } from '../../rule.ts';
import { REF_CSIP_1 } from './REF_CSIP_1.ts';
import { REF_CSIP_2 } from './REF_CSIP_2.ts';
import { REF_CSIP_3 } from './REF_CSIP_3.ts';
import { REF_METS_1 } from './REF_METS_1.ts';
import { REF_METS_2 } from './REF_METS_2.ts';
import { SIP1 } from './SIP1.ts';
import { SIP10 } from './SIP10.ts';
import { SIP11 } from './SIP11.ts';
import { SIP12 } from './SIP12.ts';
import { SIP13 } from './SIP13.ts';
import { SIP14 } from './SIP14.ts';
import { SIP15 } from './SIP15.ts';
import { SIP16 } from './SIP16.ts';
import { SIP17 } from './SIP17.ts';
import { SIP18 } from './SIP18.ts';
import { SIP19 } from './SIP19.ts';
import { SIP2 } from './SIP2.ts';
import { SIP20 } from './SIP20.ts';
import { SIP21 } from './SIP21.ts';
import { SIP22 } from './SIP22.ts';
import { SIP23 } from './SIP23.ts';
import { SIP24 } from './SIP24.ts';
import { SIP25 } from './SIP25.ts';
import { SIP26 } from './SIP26.ts';
import { SIP27 } from './SIP27.ts';
import { SIP28 } from './SIP28.ts';
import { SIP29 } from './SIP29.ts';
import { SIP3 } from './SIP3.ts';
import { SIP30 } from './SIP30.ts';
import { SIP31 } from './SIP31.ts';
import { SIP32 } from './SIP32.ts';
import { SIP33 } from './SIP33.ts';
import { SIP34 } from './SIP34.ts';
import { SIP35 } from './SIP35.ts';
import { SIP4 } from './SIP4.ts';
import { SIP5 } from './SIP5.ts';
import { SIP6 } from './SIP6.ts';
import { SIP7 } from './SIP7.ts';
import { SIP8 } from './SIP8.ts';
import { SIP9 } from './SIP9.ts';

export const SIP_RULES: readonly Rule[] = [
  SIP1,
  SIP2,
  SIP3,
  SIP4,
  SIP5,
  SIP6,
  SIP7,
  SIP8,
  SIP9,
  SIP10,
  SIP11,
  SIP12,
  SIP13,
  SIP14,
  SIP15,
  SIP16,
  SIP17,
  SIP18,
  SIP19,
  SIP20,
  SIP21,
  SIP22,
  SIP23,
  SIP24,
  SIP25,
  SIP26,
  SIP27,
  SIP28,
  SIP29,
  SIP30,
  SIP31,
  SIP32,
  SIP33,
  SIP34,
  SIP35,
  REF_CSIP_1,
  REF_CSIP_2,
  REF_CSIP_3,
  REF_METS_1,
  REF_METS_2,
];
