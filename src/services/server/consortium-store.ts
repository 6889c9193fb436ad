/**
 * The ConsortiumStore port over the archive's database: the consortium functions (economy, plan,
 * forecasts, yearly report) read the same tenants, inventory and recorded phase history that the
 * archive runs on.
 */
import type {
  BudgetOutcome,
  Consortium,
  CostGroup,
  DeliveryProject,
  ExportFormat,
  ExportState,
  Phase,
  Retention,
  SystemCategory,
  SystemRecord,
  WaitingParty,
  YearBudget,
} from '../../core/consortium/model.ts';
import { archiveError } from '../../core/errors.ts';
import type { PlanVersion } from '../../core/planning/model.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import * as consortium from '../../repositories/consortium.ts';
import { listProjects, phaseHistory } from '../../repositories/projects.ts';
import { listCheckpointsOfLatest } from '../../repositories/consortium-projects.ts';
import { listTenants } from '../../repositories/tenants.ts';
import { nowIso, type ServiceContext } from './context.ts';

type Score = 1 | 2 | 3 | 4 | 5;

export function systemRow(s: SystemRecord, now: string): consortium.SystemRow {
  return {
    id: s.id,
    tenant_id: s.municipalityId,
    name: s.name,
    category: s.category,
    vendor: s.vendor,
    version: s.version,
    information_types: JSON.stringify(s.informationTypes),
    records_creator: s.recordsCreator,
    retention: s.retention,
    volume_gb: s.volumeGb,
    export_state: s.exportState,
    export_formats: JSON.stringify(s.exportFormats),
    licence_cost_sek: s.licenceCostSek,
    read_licence_cost_sek: s.readLicenceCostSek,
    planned_decommissioning: s.plannedDecommissioning,
    business_benefit: s.businessBenefit,
    legal_risk: s.legalRisk,
    effort_person_days: s.effortPersonDays,
    pilot: s.pilot ? 1 : 0,
    updated_at: now,
  };
}

export function systemRecord(r: consortium.SystemRow): SystemRecord {
  return {
    id: r.id,
    municipalityId: r.tenant_id,
    name: r.name,
    category: r.category as SystemCategory,
    vendor: r.vendor,
    version: r.version,
    informationTypes: JSON.parse(r.information_types) as string[],
    recordsCreator: r.records_creator,
    retention: r.retention as Retention,
    volumeGb: Number(r.volume_gb),
    exportState: r.export_state as ExportState,
    exportFormats: JSON.parse(r.export_formats) as ExportFormat[],
    licenceCostSek: Number(r.licence_cost_sek),
    readLicenceCostSek: Number(r.read_licence_cost_sek),
    plannedDecommissioning: r.planned_decommissioning,
    businessBenefit: r.business_benefit as Score,
    legalRisk: r.legal_risk as Score,
    effortPersonDays: r.effort_person_days,
    pilot: r.pilot === 1,
  };
}

export class DatabaseConsortiumStore implements ConsortiumStore {
  constructor(private readonly ctx: ServiceContext) {}

  async asOf() {
    return nowIso(this.ctx).slice(0, 10);
  }

  async getConsortium(): Promise<Consortium> {
    const tenants = await listTenants(this.ctx.db);
    const root = tenants.find((t) => t.kind === 'consortium');
    if (!root) throw archiveError('ARC_ERR_NOT_FOUND', 'consortium');
    const members = tenants.filter((t) => t.kind === 'municipality');
    // The agreement's table order breaks rounding ties: keep the order of the share basis.
    const basis = await consortium.latestShareBasis(this.ctx.db);
    const order = basis ? Object.keys(basis.amounts) : [];
    members.sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.name.localeCompare(b.name, 'sv'));
    return {
      id: root.id,
      name: root.name,
      hostMunicipalityId: members.find((m) => m.is_host === 1)?.id ?? '',
      municipalities: members.map((m) => ({
        id: m.id,
        name: m.name,
        orgNumber: m.org_number ?? '',
        isHost: m.is_host === 1,
        population: m.population ?? 0,
      })),
    };
  }

  async getShareBasis() {
    const basis = await consortium.latestShareBasis(this.ctx.db);
    if (!basis) throw archiveError('ARC_ERR_NOT_FOUND', 'share basis');
    return { year: basis.year, amountsTkr: basis.amounts };
  }

  async getBudgets(): Promise<YearBudget[]> {
    return (await consortium.listBudgets(this.ctx.db)).map((b) => ({
      year: b.year,
      totalTkr: b.total_tkr,
      ...(b.uplift_basis_points != null ? { upliftBasisPoints: b.uplift_basis_points } : {}),
    }));
  }

  async getOutcomes(): Promise<BudgetOutcome[]> {
    const byYear = new Map<number, BudgetOutcome['lines'][number][]>();
    for (const o of await consortium.listOutcomes(this.ctx.db)) {
      const lines = byYear.get(o.year) ?? [];
      lines.push({ group: o.cost_group as CostGroup, budgetTkr: o.budget_tkr, outcomeTkr: o.outcome_tkr });
      byYear.set(o.year, lines);
    }
    return [...byYear.entries()].map(([year, lines]) => ({ year, lines: sortGroups(lines) }));
  }

  async getSystems() {
    return (await consortium.listSystems(this.ctx.db)).map(systemRecord);
  }

  async getProjects(): Promise<DeliveryProject[]> {
    const rows = await listProjects(this.ctx.db, { tenants: 'all' });
    const history = await phaseHistory(this.ctx.db);
    const open = await listCheckpointsOfLatest(this.ctx.db);
    return rows
      .filter((p) => p.is_test === 0)
      .map((p) => ({
        id: p.id,
        systemId: p.system_id ?? `unlisted:${p.system_name}`,
        municipalityId: p.tenant_id,
        kind: p.delivery_type === 'brådskande' ? 'urgent' : p.is_pilot === 1 ? 'pilot' : 'planned',
        ...(p.urgent_quarter ? { urgentQuarter: p.urgent_quarter } : {}),
        history: history
          .filter((h) => h.project_id === p.id)
          .map((h) => ({
            phase: h.to_phase as Phase,
            at: h.changed_at.slice(0, 10),
            ...(h.waiting_for ? { waitingFor: h.waiting_for as WaitingParty } : {}),
            ...(h.waiting_for_name ? { waitingForName: h.waiting_for_name } : {}),
            ...(h.to_phase === 'stopped' && h.reason
              ? { reason: h.reason }
              : h.reason
                ? { note: h.reason }
                : {}),
          })),
        openCheckpoints:
          open.get(p.id) ?? (p.open_checkpoints ? (JSON.parse(p.open_checkpoints) as string[]) : []),
      }));
  }

  async getPlanVersions(): Promise<PlanVersion[]> {
    return (await consortium.listPlanVersions(this.ctx.db)).map((v) => ({
      version: v.version,
      createdAt: v.created_at,
      approvedOn: v.approved_on,
      approvedBy: v.approved_by,
      note: v.note,
      plan: JSON.parse(v.plan) as PlanVersion['plan'],
    }));
  }

  async savePlanVersion(version: PlanVersion): Promise<void> {
    const row = {
      version: version.version,
      created_at: version.createdAt,
      approved_on: version.approvedOn,
      approved_by: version.approvedBy,
      note: version.note,
      plan: JSON.stringify(version.plan),
    };
    const existing = await consortium.getPlanVersion(this.ctx.db, version.version);
    if (existing && (existing.approved_on || !version.approvedOn)) {
      throw archiveError('ARC_ERR_PLAN_VERSION_CONFLICT', version.version);
    }
    if (existing) await consortium.updatePlanVersion(this.ctx.db, row);
    else await consortium.insertPlanVersion(this.ctx.db, row);
  }
}

const rank = (order: readonly string[], id: string): number => {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
};

const GROUP_ORDER: readonly CostGroup[] = [
  'salaries',
  'courses-travel',
  'staff-welfare',
  'purchased-services',
  'premises',
  'other',
];

function sortGroups<T extends { group: CostGroup }>(lines: T[]): T[] {
  return lines.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}
