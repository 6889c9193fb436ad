/**
 * The CSIP file section and structural map rules (CSIP58–CSIP119, without CSIP86, 87, 115 which
 * do not exist and CSIP117, the metsHdr), in the order of the specification.
 */
import type { Rule } from '../../rule.ts';
import { CSIP58 } from './CSIP58.ts';
import { CSIP59 } from './CSIP59.ts';
import { CSIP60 } from './CSIP60.ts';
import { CSIP61 } from './CSIP61.ts';
import { CSIP62 } from './CSIP62.ts';
import { CSIP63 } from './CSIP63.ts';
import { CSIP64 } from './CSIP64.ts';
import { CSIP65 } from './CSIP65.ts';
import { CSIP66 } from './CSIP66.ts';
import { CSIP67 } from './CSIP67.ts';
import { CSIP68 } from './CSIP68.ts';
import { CSIP69 } from './CSIP69.ts';
import { CSIP70 } from './CSIP70.ts';
import { CSIP71 } from './CSIP71.ts';
import { CSIP72 } from './CSIP72.ts';
import { CSIP73 } from './CSIP73.ts';
import { CSIP74 } from './CSIP74.ts';
import { CSIP75 } from './CSIP75.ts';
import { CSIP76 } from './CSIP76.ts';
import { CSIP77 } from './CSIP77.ts';
import { CSIP78 } from './CSIP78.ts';
import { CSIP79 } from './CSIP79.ts';
import { CSIP80 } from './CSIP80.ts';
import { CSIP81 } from './CSIP81.ts';
import { CSIP82 } from './CSIP82.ts';
import { CSIP83 } from './CSIP83.ts';
import { CSIP84 } from './CSIP84.ts';
import { CSIP85 } from './CSIP85.ts';
import { CSIP88 } from './CSIP88.ts';
import { CSIP89 } from './CSIP89.ts';
import { CSIP90 } from './CSIP90.ts';
import { CSIP91 } from './CSIP91.ts';
import { CSIP92 } from './CSIP92.ts';
import { CSIP93 } from './CSIP93.ts';
import { CSIP94 } from './CSIP94.ts';
import { CSIP95 } from './CSIP95.ts';
import { CSIP96 } from './CSIP96.ts';
import { CSIP97 } from './CSIP97.ts';
import { CSIP98 } from './CSIP98.ts';
import { CSIP99 } from './CSIP99.ts';
import { CSIP100 } from './CSIP100.ts';
import { CSIP101 } from './CSIP101.ts';
import { CSIP102 } from './CSIP102.ts';
import { CSIP103 } from './CSIP103.ts';
import { CSIP104 } from './CSIP104.ts';
import { CSIP105 } from './CSIP105.ts';
import { CSIP106 } from './CSIP106.ts';
import { CSIP107 } from './CSIP107.ts';
import { CSIP108 } from './CSIP108.ts';
import { CSIP109 } from './CSIP109.ts';
import { CSIP110 } from './CSIP110.ts';
import { CSIP111 } from './CSIP111.ts';
import { CSIP112 } from './CSIP112.ts';
import { CSIP113 } from './CSIP113.ts';
import { CSIP114 } from './CSIP114.ts';
import { CSIP116 } from './CSIP116.ts';
import { CSIP118 } from './CSIP118.ts';
import { CSIP119 } from './CSIP119.ts';

export const CSIP_STRUCTURE_RULES: readonly Rule[] = [
  CSIP58,
  CSIP59,
  CSIP60,
  CSIP113,
  CSIP114,
  CSIP61,
  CSIP62,
  CSIP63,
  CSIP64,
  CSIP65,
  CSIP66,
  CSIP67,
  CSIP68,
  CSIP69,
  CSIP70,
  CSIP71,
  CSIP72,
  CSIP73,
  CSIP74,
  CSIP75,
  CSIP76,
  CSIP77,
  CSIP78,
  CSIP79,
  CSIP80,
  CSIP81,
  CSIP82,
  CSIP83,
  CSIP84,
  CSIP85,
  CSIP88,
  CSIP89,
  CSIP90,
  CSIP91,
  CSIP92,
  CSIP93,
  CSIP94,
  CSIP95,
  CSIP96,
  CSIP116,
  CSIP97,
  CSIP98,
  CSIP99,
  CSIP100,
  CSIP118,
  CSIP101,
  CSIP102,
  CSIP103,
  CSIP104,
  CSIP119,
  CSIP105,
  CSIP106,
  CSIP107,
  CSIP108,
  CSIP109,
  CSIP110,
  CSIP111,
  CSIP112,
];
