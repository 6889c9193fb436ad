import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';

export const CSIPSTR_CASES: readonly RuleCase[] = [];
export const CSIPSTR_NO_FAIL: readonly NoFailReason[] = [];
