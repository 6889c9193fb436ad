/** The FGS1 rules (src/core/fgs1/requirements), one file per requirement ID. */
import type { Rule } from '../../rule.ts';
import { FGS1_EXT_1 } from './FGS1-EXT-1.ts';
import { FGS1_EXT_2 } from './FGS1-EXT-2.ts';
import { FGS1_EXT_3 } from './FGS1-EXT-3.ts';
import { FGS1_EXT_4 } from './FGS1-EXT-4.ts';
import { FGS1_EXT_5 } from './FGS1-EXT-5.ts';
import { FGS1_EXT_6 } from './FGS1-EXT-6.ts';
import { FGS1_FILE_1 } from './FGS1-FILE-1.ts';
import { FGS1_FILE_2 } from './FGS1-FILE-2.ts';
import { FGS1_FILE_3 } from './FGS1-FILE-3.ts';
import { FGS1_FILE_4 } from './FGS1-FILE-4.ts';
import { FGS1_FILE_5 } from './FGS1-FILE-5.ts';
import { FGS1_FILE_6 } from './FGS1-FILE-6.ts';
import { FGS1_FILE_7 } from './FGS1-FILE-7.ts';
import { FGS1_HDR_1 } from './FGS1-HDR-1.ts';
import { FGS1_HDR_2 } from './FGS1-HDR-2.ts';
import { FGS1_HDR_3 } from './FGS1-HDR-3.ts';
import { FGS1_HDR_4 } from './FGS1-HDR-4.ts';
import { FGS1_HDR_5 } from './FGS1-HDR-5.ts';
import { FGS1_HDR_6 } from './FGS1-HDR-6.ts';
import { FGS1_HDR_7 } from './FGS1-HDR-7.ts';
import { FGS1_HDR_8 } from './FGS1-HDR-8.ts';
import { FGS1_HDR_9 } from './FGS1-HDR-9.ts';
import { FGS1_LOC_1 } from './FGS1-LOC-1.ts';
import { FGS1_LOC_2 } from './FGS1-LOC-2.ts';
import { FGS1_LOC_3 } from './FGS1-LOC-3.ts';
import { FGS1_MD_1 } from './FGS1-MD-1.ts';
import { FGS1_METS_1 } from './FGS1-METS-1.ts';
import { FGS1_METS_2 } from './FGS1-METS-2.ts';
import { FGS1_METS_3 } from './FGS1-METS-3.ts';
import { FGS1_METS_4 } from './FGS1-METS-4.ts';
import { FGS1_METS_5 } from './FGS1-METS-5.ts';
import { FGS1_METS_6 } from './FGS1-METS-6.ts';
import { FGS1_REF_1 } from './FGS1-REF-1.ts';
import { FGS1_STR_1 } from './FGS1-STR-1.ts';
import { FGS1_STR_2 } from './FGS1-STR-2.ts';
import { FGS1_STR_3 } from './FGS1-STR-3.ts';
import { FGS1_STR_4 } from './FGS1-STR-4.ts';
import { FGS1_STRUCT_1 } from './FGS1-STRUCT-1.ts';
import { FGS1_XSD_1 } from './FGS1-XSD-1.ts';
import { FGS1_XSD_2 } from './FGS1-XSD-2.ts';

export const FGS1_RULES: readonly Rule[] = [
  FGS1_STR_1,
  FGS1_STR_2,
  FGS1_STR_3,
  FGS1_STR_4,
  FGS1_METS_1,
  FGS1_METS_2,
  FGS1_METS_3,
  FGS1_METS_4,
  FGS1_METS_5,
  FGS1_METS_6,
  FGS1_HDR_1,
  FGS1_HDR_2,
  FGS1_HDR_3,
  FGS1_HDR_4,
  FGS1_HDR_5,
  FGS1_HDR_6,
  FGS1_HDR_7,
  FGS1_HDR_8,
  FGS1_HDR_9,
  FGS1_EXT_1,
  FGS1_EXT_2,
  FGS1_EXT_3,
  FGS1_EXT_4,
  FGS1_EXT_5,
  FGS1_EXT_6,
  FGS1_FILE_1,
  FGS1_FILE_2,
  FGS1_FILE_3,
  FGS1_FILE_4,
  FGS1_FILE_5,
  FGS1_FILE_6,
  FGS1_FILE_7,
  FGS1_LOC_1,
  FGS1_LOC_2,
  FGS1_LOC_3,
  FGS1_MD_1,
  FGS1_XSD_1,
  FGS1_XSD_2,
  FGS1_REF_1,
  FGS1_STRUCT_1,
];
