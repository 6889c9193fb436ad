import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';

export const CSIP_STRUCTURE_CASES: readonly RuleCase[] = [];
export const CSIP_STRUCTURE_NO_FAIL: readonly NoFailReason[] = [];
