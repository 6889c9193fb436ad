/**
 * The SAMARKIV-ERMS rule cases as data, in the shape of test/support/rule-case.ts (id, name,
 * expect) so test/core/rule-registry.test.ts can count them: each requirement has a passing, a
 * failing and a not-applicable case. erms-cases.test.ts runs them; erms-rules.test.ts pins the
 * exact findings.
 */
import type { Outcome } from '../support/check-rule.ts';
import type { ErmsPackageOptions } from './erms-package.ts';

export interface ErmsCase {
  readonly id: string;
  /** Says what the case proves; starts with pass-/fail-/na-. */
  readonly name: string;
  readonly expect: Outcome;
  readonly fixture: ErmsPackageOptions;
}

const IDS = [1, 2, 3, 4, 5, 6].map((n) => `SAMARKIV-ERMS-${n}`);
const ERMS_FILE = 'representations/rep1/metadata/descriptive/ERMS.xml';

/** Declares plain OTHER content instead of ERMS everywhere, so the analyzer does not apply. */
const notErms: ErmsPackageOptions = { contentType: 'OTHER' };

const FAILING: readonly ErmsCase[] = [
  {
    id: 'SAMARKIV-ERMS-1',
    name: 'fail-no-erms-file',
    expect: 'failed',
    fixture: { files: (f) => f.delete(ERMS_FILE) },
  },
  {
    id: 'SAMARKIV-ERMS-1',
    name: 'fail-root-declares-erms-without-representation',
    expect: 'failed',
    fixture: {
      files: (f) => {
        for (const p of [...f.keys()]) if (p.startsWith('representations/')) f.delete(p);
      },
    },
  },
  {
    id: 'SAMARKIV-ERMS-2',
    name: 'fail-record-without-system-identifier',
    expect: 'failed',
    fixture: { erms: (x) => x.replace(' systemIdentifier="2003"', '') },
  },
  {
    id: 'SAMARKIV-ERMS-2',
    name: 'fail-erms-not-well-formed',
    expect: 'failed',
    fixture: { erms: (x) => x.replace('</aggregations>', '') },
  },
  {
    id: 'SAMARKIV-ERMS-3',
    name: 'fail-agent-type-other-without-other-agent-type',
    expect: 'failed',
    fixture: { erms: (x) => x.replace(' otherAgentType="exportsystem"', '') },
  },
  {
    id: 'SAMARKIV-ERMS-3',
    name: 'fail-v3-empty-address-contact-information',
    expect: 'failed',
    fixture: {
      version: '3.0',
      erms: (x) =>
        x.replace(
          /<addressContactInformation>[\s\S]*?<\/addressContactInformation>/,
          '<addressContactInformation/>',
        ),
    },
  },
  {
    id: 'SAMARKIV-ERMS-4',
    name: 'fail-referenced-document-missing',
    expect: 'failed',
    fixture: { documents: (d) => d.delete('beslut.pdf') },
  },
  {
    id: 'SAMARKIV-ERMS-5',
    name: 'fail-data-file-not-referenced',
    expect: 'failed',
    fixture: { documents: (d) => d.set('kvitto.pdf', new TextEncoder().encode('%PDF-1.4\n')) },
  },
  {
    id: 'SAMARKIV-ERMS-6',
    name: 'fail-duplicate-object-id',
    expect: 'failed',
    fixture: {
      erms: (x) => x.replace('<objectId>BN-2019-0001-2</objectId>', '<objectId>BN-2019-0001-1</objectId>'),
    },
  },
  {
    id: 'SAMARKIV-ERMS-6',
    name: 'fail-parent-aggregation-id-unresolved',
    expect: 'failed',
    fixture: {
      erms: (x) =>
        x.replace(
          '<parentAggregationId>BN-2019-0001-A</parentAggregationId>',
          '<parentAggregationId>BN-2019-9999</parentAggregationId>',
        ),
    },
  },
];

export const ERMS_CASES: readonly ErmsCase[] = [
  ...IDS.flatMap((id): ErmsCase[] => [
    { id, name: 'pass-valid-erms-2-1', expect: 'passed', fixture: {} },
    { id, name: 'pass-valid-erms-3-0', expect: 'passed', fixture: { version: '3.0' } },
    { id, name: 'pass-legacy-erms-declaration', expect: 'passed', fixture: { contentType: 'ERMS' } },
    { id, name: 'na-no-erms-content-declared', expect: 'not-applicable', fixture: notErms },
  ]),
  ...FAILING,
];
