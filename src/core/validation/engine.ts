/**
 * Runs the rules of a profile over a package context and returns one result per requirement:
 * every requirement the profile lists appears exactly once, so a report says what was checked,
 * not only what failed.
 */
import type { PackageContext } from './package-context.ts';
import type { Requirement } from './requirement.ts';
import {
  SEVERITY_BY_LEVEL,
  type Finding,
  type Level,
  type Location,
  type Message,
  type Rule,
  type Severity,
  type Status,
} from './rule.ts';

/** Findings kept per requirement; the total is always reported. Keeps reports bounded. */
export const MAX_FINDINGS_PER_REQUIREMENT = 500;

export interface RequirementResult {
  readonly requirement: string;
  readonly level: Level;
  readonly severity: Severity;
  readonly status: Status;
  readonly title: Message;
  readonly message: Message;
  readonly location?: Location;
  readonly findings: readonly Finding[];
  readonly findingsTotal: number;
}

export function runRequirements(
  ctx: PackageContext,
  requirements: readonly Requirement[],
  rules: ReadonlyMap<string, Rule>,
): RequirementResult[] {
  const seen = new Set<string>();
  const results: RequirementResult[] = [];
  for (const req of requirements) {
    if (seen.has(req.id)) continue; // REF_METS_1/2 appear in both the CSIP and the SIP profile
    seen.add(req.id);
    results.push(runOne(ctx, req, rules.get(req.id)));
  }
  return results;
}

function runOne(ctx: PackageContext, req: Requirement, rule: Rule | undefined): RequirementResult {
  const base = {
    requirement: req.id,
    level: req.level,
    severity: SEVERITY_BY_LEVEL[req.level],
    title: req.title,
  };
  if (!rule) {
    // The registry test makes this unreachable for shipped sets; kept so a new set never crashes a run.
    return {
      ...base,
      status: 'not-applicable',
      message: {
        en: 'No automatic check exists for this requirement',
        sv: 'Kravet saknar automatisk kontroll',
      },
      findings: [],
      findingsTotal: 0,
    };
  }
  let outcome;
  try {
    outcome = rule.check(ctx);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const finding: Finding = {
      message: { en: `Internal error in the check: ${text}`, sv: `Internt fel i kontrollen: ${text}` },
      location: { file: ctx.root?.path ?? '' },
    };
    return {
      ...base,
      status: 'failed',
      message: finding.message,
      location: finding.location,
      findings: [finding],
      findingsTotal: 1,
    };
  }
  if ('notApplicable' in outcome) {
    return {
      ...base,
      status: 'not-applicable',
      message: outcome.notApplicable,
      findings: [],
      findingsTotal: 0,
    };
  }
  const findings = outcome as readonly Finding[];
  if (findings.length === 0)
    return { ...base, status: 'passed', message: req.title, findings: [], findingsTotal: 0 };
  const first = findings[0] as Finding;
  const more = findings.length - 1;
  const message =
    more === 0
      ? first.message
      : {
          en: `${first.message.en} (and ${more} more)`,
          sv: `${first.message.sv} (och ${more} till)`,
        };
  return {
    ...base,
    status: 'failed',
    message,
    location: first.location,
    findings: findings.slice(0, MAX_FINDINGS_PER_REQUIREMENT),
    findingsTotal: findings.length,
  };
}
