/**
 * A rule checks one requirement, named by its specification ID (CSIP17, SIP4, CSIPSTR1 …).
 * Its level (MUST/SHOULD/MAY) is data from the requirement catalogue of the profile version, never
 * part of the rule: the same rule serves CSIP 2.1.0 and 2.2.0 even where their levels differ.
 */
import type { PackageContext } from './package-context.ts';

export type Level = 'MUST' | 'SHOULD' | 'MAY';
export type Severity = 'ERROR' | 'WARNING' | 'INFO';
export type Status = 'passed' | 'failed' | 'not-applicable';

export interface Message {
  readonly en: string;
  readonly sv: string;
}

export interface Location {
  /** Path relative to the package root (the METS file, or the file the finding is about). */
  readonly file: string;
  readonly xpath?: string;
  readonly line?: number;
}

export interface Finding {
  readonly message: Message;
  readonly location: Location;
}

/** What a check returns: findings (none = passed), or that the requirement does not apply here. */
export type CheckResult = readonly Finding[] | { readonly notApplicable: Message };

export interface Rule {
  /** The requirement ID exactly as the specification writes it. */
  readonly id: string;
  readonly check: (ctx: PackageContext) => CheckResult;
}

export function msg(en: string, sv: string): Message {
  return { en, sv };
}

export function notApplicable(en: string, sv: string): CheckResult {
  return { notApplicable: { en, sv } };
}

export function finding(en: string, sv: string, location: Location): Finding {
  return { message: { en, sv }, location };
}

export const SEVERITY_BY_LEVEL: Readonly<Record<Level, Severity>> = {
  MUST: 'ERROR',
  SHOULD: 'WARNING',
  MAY: 'INFO',
};
