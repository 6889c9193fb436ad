/**
 * The METS metadata rules: root element (CSIP1–6), metsHdr and its agents (CSIP7–16, CSIP117),
 * dmdSec (CSIP17–30) and amdSec with digiprovMD and rightsMD (CSIP31–57).
 */
import type { Rule } from '../../rule.ts';
import { CSIP1 } from './CSIP1.ts';
import { CSIP2 } from './CSIP2.ts';
import { CSIP3 } from './CSIP3.ts';
import { CSIP4 } from './CSIP4.ts';
import { CSIP5 } from './CSIP5.ts';
import { CSIP6 } from './CSIP6.ts';
import { CSIP7 } from './CSIP7.ts';
import { CSIP8 } from './CSIP8.ts';
import { CSIP9 } from './CSIP9.ts';
import { CSIP10 } from './CSIP10.ts';
import { CSIP11 } from './CSIP11.ts';
import { CSIP12 } from './CSIP12.ts';
import { CSIP13 } from './CSIP13.ts';
import { CSIP14 } from './CSIP14.ts';
import { CSIP15 } from './CSIP15.ts';
import { CSIP16 } from './CSIP16.ts';
import { CSIP17 } from './CSIP17.ts';
import { CSIP18 } from './CSIP18.ts';
import { CSIP19 } from './CSIP19.ts';
import { CSIP20 } from './CSIP20.ts';
import { CSIP21 } from './CSIP21.ts';
import { CSIP22 } from './CSIP22.ts';
import { CSIP23 } from './CSIP23.ts';
import { CSIP24 } from './CSIP24.ts';
import { CSIP25 } from './CSIP25.ts';
import { CSIP26 } from './CSIP26.ts';
import { CSIP27 } from './CSIP27.ts';
import { CSIP28 } from './CSIP28.ts';
import { CSIP29 } from './CSIP29.ts';
import { CSIP30 } from './CSIP30.ts';
import { CSIP31 } from './CSIP31.ts';
import { CSIP32 } from './CSIP32.ts';
import { CSIP33 } from './CSIP33.ts';
import { CSIP34 } from './CSIP34.ts';
import { CSIP35 } from './CSIP35.ts';
import { CSIP36 } from './CSIP36.ts';
import { CSIP37 } from './CSIP37.ts';
import { CSIP38 } from './CSIP38.ts';
import { CSIP39 } from './CSIP39.ts';
import { CSIP40 } from './CSIP40.ts';
import { CSIP41 } from './CSIP41.ts';
import { CSIP42 } from './CSIP42.ts';
import { CSIP43 } from './CSIP43.ts';
import { CSIP44 } from './CSIP44.ts';
import { CSIP45 } from './CSIP45.ts';
import { CSIP46 } from './CSIP46.ts';
import { CSIP47 } from './CSIP47.ts';
import { CSIP48 } from './CSIP48.ts';
import { CSIP49 } from './CSIP49.ts';
import { CSIP50 } from './CSIP50.ts';
import { CSIP51 } from './CSIP51.ts';
import { CSIP52 } from './CSIP52.ts';
import { CSIP53 } from './CSIP53.ts';
import { CSIP54 } from './CSIP54.ts';
import { CSIP55 } from './CSIP55.ts';
import { CSIP56 } from './CSIP56.ts';
import { CSIP57 } from './CSIP57.ts';
import { CSIP117 } from './CSIP117.ts';

export const CSIP_METADATA_RULES: readonly Rule[] = [
  CSIP1,
  CSIP2,
  CSIP3,
  CSIP4,
  CSIP5,
  CSIP6,
  CSIP7,
  CSIP8,
  CSIP9,
  CSIP10,
  CSIP11,
  CSIP12,
  CSIP13,
  CSIP14,
  CSIP15,
  CSIP16,
  CSIP17,
  CSIP18,
  CSIP19,
  CSIP20,
  CSIP21,
  CSIP22,
  CSIP23,
  CSIP24,
  CSIP25,
  CSIP26,
  CSIP27,
  CSIP28,
  CSIP29,
  CSIP30,
  CSIP31,
  CSIP32,
  CSIP33,
  CSIP34,
  CSIP35,
  CSIP36,
  CSIP37,
  CSIP38,
  CSIP39,
  CSIP40,
  CSIP41,
  CSIP42,
  CSIP43,
  CSIP44,
  CSIP45,
  CSIP46,
  CSIP47,
  CSIP48,
  CSIP49,
  CSIP50,
  CSIP51,
  CSIP52,
  CSIP53,
  CSIP54,
  CSIP55,
  CSIP56,
  CSIP57,
  CSIP117,
];
