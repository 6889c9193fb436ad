/**
 * The council's plan criteria as data: each has an integer weight, and each system gets an integer
 * score 0–100 per criterion; a system's priority is Σ weight × score. Integers only, so the order
 * of the plan never depends on floating-point noise.
 */
import { monthsBetween } from '../consortium/dates.ts';
import type { ExportState, IsoDate, SystemRecord } from '../consortium/model.ts';

export type CriterionId =
  'businessBenefit' | 'decommissioning' | 'readLicence' | 'legalRisk' | 'exportReadiness' | 'effort';

export interface Criterion {
  readonly id: CriterionId;
  /** Whole number ≥ 0, approved by the council. */
  readonly weight: number;
}

export const CRITERION_LABELS: Readonly<Record<CriterionId, { sv: string; en: string }>> = {
  businessBenefit: { sv: 'Verksamhetsnytta', en: 'Business benefit' },
  decommissioning: { sv: 'Avvecklingsdatum', en: 'Decommissioning date' },
  readLicence: { sv: 'Undviken läslicens', en: 'Read licence avoided' },
  legalRisk: { sv: 'Juridisk risk och säkerhetsrisk', en: 'Legal and security risk' },
  exportReadiness: { sv: 'Exportens mognad', en: 'Export readiness' },
  effort: { sv: 'Insats (lägre är bättre)', en: 'Effort (lower is better)' },
};

/** The demo council's weights. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'businessBenefit', weight: 3 },
  { id: 'decommissioning', weight: 3 },
  { id: 'readLicence', weight: 2 },
  { id: 'legalRisk', weight: 2 },
  { id: 'exportReadiness', weight: 2 },
  { id: 'effort', weight: 1 },
];

const READINESS: Readonly<Record<ExportState, number>> = {
  available: 100,
  'needs-investigation': 40,
  none: 0,
};

export interface ScoreContext {
  /** First day of the plan. */
  readonly planStart: IsoDate;
  /** Largest read-licence cost and effort among the candidates (relative scales). */
  readonly maxReadLicenceSek: number;
  readonly maxEffortPersonDays: number;
}

export interface ScorePart {
  readonly id: CriterionId;
  readonly score: number;
  readonly weighted: number;
}

export interface SystemScore {
  readonly total: number;
  readonly parts: readonly ScorePart[];
}

function criterionScore(id: CriterionId, s: SystemRecord, ctx: ScoreContext): number {
  switch (id) {
    case 'businessBenefit':
      return (s.businessBenefit - 1) * 25;
    case 'legalRisk':
      return (s.legalRisk - 1) * 25;
    case 'decommissioning': {
      // Four points less per month left; overdue or within the first month scores 100.
      if (!s.plannedDecommissioning) return 0;
      const months = monthsBetween(ctx.planStart.slice(0, 7), s.plannedDecommissioning.slice(0, 7));
      return Math.max(0, Math.min(100, 100 - 4 * months));
    }
    case 'readLicence':
      return ctx.maxReadLicenceSek > 0 ? Math.floor((100 * s.readLicenceCostSek) / ctx.maxReadLicenceSek) : 0;
    case 'exportReadiness':
      return READINESS[s.exportState];
    case 'effort':
      return ctx.maxEffortPersonDays > 0
        ? Math.floor((100 * (ctx.maxEffortPersonDays - s.effortPersonDays)) / ctx.maxEffortPersonDays)
        : 0;
  }
}

export function scoreSystem(
  system: SystemRecord,
  criteria: readonly Criterion[],
  ctx: ScoreContext,
): SystemScore {
  const parts = criteria.map((c) => {
    const score = criterionScore(c.id, system, ctx);
    return { id: c.id, score, weighted: score * c.weight };
  });
  return { total: parts.reduce((a, p) => a + p.weighted, 0), parts };
}
