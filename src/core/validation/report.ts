/**
 * The validation report: what `samarkiv validate --format json` prints and what delivery control
 * stores. One result per requirement of the profile, with its status, so a report says what was
 * checked and not only what failed.
 */
import type { RequirementResult } from './engine.ts';
import type { Lang } from '../errors.ts';
import type { Level, Location, Severity, Status } from './rule.ts';
import type { ProfileId } from './profiles.ts';
import { verdictFor, type PolicyVerdict } from '../formats/format-policy.ts';
import type { PackageContext } from './package-context.ts';

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

/** One file of the package as delivery control saw it (present when content checks ran). */
export interface ReportFile {
  readonly path: string;
  readonly size: number;
  readonly checksum: string | null;
  readonly checksumType: 'SHA-256';
  readonly puid: string | null;
  readonly formatName: string | null;
  readonly formatVersion: string | null;
  readonly identificationMethod: 'signature' | 'container' | 'extension' | 'none' | null;
  readonly candidates: readonly string[];
  readonly policy: PolicyVerdict;
  readonly encrypted?: boolean;
  readonly pdfa?: { readonly claimed: string | null; readonly valid: boolean | null };
  readonly virus?: { readonly infected: boolean; readonly signature: string | null };
}

/** What the content checks ran with, so every report names the signature files and policy in use. */
export interface ReportContentChecks {
  readonly signatureVersion: string | null;
  readonly containerSignatureVersion: string | null;
  readonly policy: string | null;
  readonly scanner: string | null;
  readonly namingRule: string | null;
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
  /** Content check setup and every file's verdicts (issue 6); absent when content checks did not run. */
  readonly contentChecks?: ReportContentChecks;
  readonly files?: readonly ReportFile[];
  /** For a legacy FGS 1.x package: how it maps to E-ARK SIP 2.1 (docs/fgs1.md). */
  readonly conversion?: unknown;
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

export function summarize(
  results: readonly ReportResult[],
): Pick<ValidationReport['summary'], 'errors' | 'warnings' | 'infos' | 'passed' | 'notApplicable'> {
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

/** The `files` list and content setup of a report, from a context whose content checks ran. */
export function contentSection(
  ctx: PackageContext,
  lang: Lang,
): { contentChecks: ReportContentChecks; files: ReportFile[] } | null {
  const setup = ctx.content;
  if (!setup) return null;
  const files: ReportFile[] = [];
  for (const path of [...ctx.files.keys()].sort()) {
    const f = ctx.files.get(path);
    if (!f) continue;
    const puid = f.format?.puid ?? null;
    files.push({
      path,
      size: f.size,
      checksum: f.digests['SHA-256'] ?? null,
      checksumType: 'SHA-256',
      puid,
      formatName: f.format?.formatName ?? null,
      formatVersion: f.format?.formatVersion ?? null,
      identificationMethod: f.format?.method ?? null,
      candidates: f.format?.candidates ?? [],
      policy: setup.policy ? verdictFor(setup.policy, puid).verdict : 'unknown',
      ...(f.content ? { encrypted: f.content.encrypted } : {}),
      ...(f.content?.pdfa ? { pdfa: { claimed: f.content.pdfa.claimed, valid: f.content.pdfa.valid } } : {}),
      ...(f.virus ? { virus: { infected: f.virus.infected, signature: f.virus.signature } } : {}),
    });
  }
  return {
    contentChecks: {
      signatureVersion: setup.signatureVersions?.signature ?? null,
      containerSignatureVersion: setup.signatureVersions?.container ?? null,
      policy: setup.policy ? setup.policy.name[lang] : null,
      scanner: setup.scanner,
      namingRule: setup.namingRule ? setup.namingRule.description[lang] : null,
    },
    files,
  };
}
