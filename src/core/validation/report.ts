/**
 * The validation report: what `samarkiv validate --format json` prints and what delivery control
 * stores. One result per requirement of the profile, with its status, so a report says what was
 * checked and not only what failed.
 */
import type { RequirementResult } from './engine.ts';
import type { Lang } from '../errors.ts';
import type { Level, Location, Severity, Status } from './rule.ts';
import type { ProfileId } from './profiles.ts';

export interface ReportFinding {
  readonly message: string;
  readonly location: Location;
}

export interface ReportResult {
  readonly requirement: string;
  readonly level: Level;
  readonly severity: Severity;
  readonly status: Status;
  readonly title: string;
  readonly message: string;
  readonly location?: Location;
  /** Every finding (capped per requirement; see findingsTotal). */
  readonly findings?: readonly ReportFinding[];
  readonly findingsTotal?: number;
}

export interface ValidationReport {
  readonly valid: boolean;
  readonly profile: ProfileId | null;
  readonly profileLabel: string | null;
  readonly objid: string | null;
  readonly input: string;
  readonly container: 'folder' | 'zip' | 'tar' | null;
  readonly lang: Lang;
  readonly generator: { readonly name: 'samarkiv'; readonly version: string };
  readonly checkedAt: string;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly passed: number;
    readonly notApplicable: number;
    readonly files: number;
    readonly bytes: number;
  };
  readonly results: readonly ReportResult[];
  /** Set when the package was refused or could not be checked. */
  readonly error?: { readonly code: string; readonly message: string };
}

export function localizeResults(results: readonly RequirementResult[], lang: Lang): ReportResult[] {
  return results.map((r) => ({
    requirement: r.requirement,
    level: r.level,
    severity: r.severity,
    status: r.status,
    title: r.title[lang],
    message: r.message[lang],
    ...(r.location ? { location: r.location } : {}),
    ...(r.findingsTotal > 1
      ? {
          findings: r.findings.map((f) => ({ message: f.message[lang], location: f.location })),
          findingsTotal: r.findingsTotal,
        }
      : {}),
  }));
}

export function summarize(results: readonly ReportResult[]): Pick<
  ValidationReport['summary'],
  'errors' | 'warnings' | 'infos' | 'passed' | 'notApplicable'
> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let passed = 0;
  let notApplicable = 0;
  for (const r of results) {
    if (r.status === 'passed') passed++;
    else if (r.status === 'not-applicable') notApplicable++;
    else if (r.severity === 'ERROR') errors++;
    else if (r.severity === 'WARNING') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, passed, notApplicable };
}
