/** Collects the rule cases of every area. Each helper file owns one area. */
import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';
import { CSIPSTR_CASES, CSIPSTR_NO_FAIL } from './csipstr.cases.ts';
import { CSIP_METADATA_CASES, CSIP_METADATA_NO_FAIL } from './csip-metadata.cases.ts';
import { CSIP_STRUCTURE_CASES, CSIP_STRUCTURE_NO_FAIL } from './csip-structure.cases.ts';
import { SIP_AIP_DIP_CASES, SIP_AIP_DIP_NO_FAIL } from './sip-aip-dip.cases.ts';
import { SIARD_CASES, SIARD_NO_FAIL } from '../../siard/siard.cases.ts';

export const ALL_CASES: readonly RuleCase[] = [
  ...CSIPSTR_CASES,
  ...CSIP_METADATA_CASES,
  ...CSIP_STRUCTURE_CASES,
  ...SIP_AIP_DIP_CASES,
  ...SIARD_CASES,
];

export const NO_FAIL: readonly NoFailReason[] = [
  ...CSIPSTR_NO_FAIL,
  ...CSIP_METADATA_NO_FAIL,
  ...CSIP_STRUCTURE_NO_FAIL,
  ...SIP_AIP_DIP_NO_FAIL,
  ...SIARD_NO_FAIL,
];
