/**
 * The DIP rules (DIP1–DIP4), one file per requirement ID. The DIP profile's REF_CSIP_1–3 and
 * REF_METS_1–2 share their IDs with the SIP profile and are registered once, in sip/index.ts.
 */
import type { Rule } from '../../rule.ts';
import { DIP1 } from './DIP1.ts';
import { DIP2 } from './DIP2.ts';
import { DIP3 } from './DIP3.ts';
import { DIP4 } from './DIP4.ts';

export const DIP_RULES: readonly Rule[] = [DIP1, DIP2, DIP3, DIP4];
