import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';

export const CSIP_METADATA_CASES: readonly RuleCase[] = [];
export const CSIP_METADATA_NO_FAIL: readonly NoFailReason[] = [];
