import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';

export const SIP_AIP_DIP_CASES: readonly RuleCase[] = [];
export const SIP_AIP_DIP_NO_FAIL: readonly NoFailReason[] = [];
