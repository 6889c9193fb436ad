/**
 * A rule fixture as data: which requirement, which profile, how to break (or keep) the valid
 * fixture package, and the outcome expected. test/core/rule-cases.test.ts runs every case through
 * the real context pipeline; test/core/rule-registry.test.ts checks that every requirement of
 * every profile has at least one passing and one failing case (or a documented reason why not).
 */
import type { ProfileId } from '../../src/core/validation/profiles.ts';
import type { ContentAnalyzer } from '../../src/services/validate/content-analyzer.ts';
import type { FixtureOptions } from './fixture-package.ts';
import type { Outcome } from './check-rule.ts';

export interface RuleCase {
  /** Requirement ID, e.g. 'CSIP17'. */
  readonly id: string;
  /** Says what the case proves, e.g. 'fail-missing-dmdsec-id'. Starts with pass-/fail-/na-. */
  readonly name: string;
  readonly profile: ProfileId;
  readonly expect: Outcome;
  /** Mutations of the valid fixture (see buildFixture). */
  readonly fixture?: Omit<FixtureOptions, 'profile'> & {
    /** Root folder name override; null = archive without a single root folder. */
    readonly rootName?: string | null;
    readonly container?: 'folder' | 'zip' | 'tar';
    /** Gathers with the real XSD validator over the shipped schemas (SAMARKIV-XSD-1/2). */
    readonly schemaValidation?: boolean;
    /** Content analyzers to run (SIARD, CITS ERMS …). */
    readonly analyzers?: readonly ContentAnalyzer[];
  };
}

/** Requirements that cannot fail by construction, with the reason (e.g. a MAY that only informs). */
export interface NoFailReason {
  readonly id: string;
  readonly reason: string;
}
