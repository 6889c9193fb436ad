/** The consortium API's answers as the pages use them (src/api/routes/consortium-*.ts). */
import type { SystemRecord } from '../../../../src/core/consortium/model.ts';
import type {
  Plan,
  PlanDiff,
  PlanItem,
  PlanVersion,
  UnplannedItem,
  UrgentLoad,
} from '../../../../src/core/planning/model.ts';
import type { DeliveryForecast, Forecast } from '../../../../src/core/forecast/forecast.ts';

export type System = SystemRecord;

export interface InventoryReport {
  readonly id: string;
  readonly tenantId: string;
  readonly systemId: string | null;
  readonly kind: 'decommissioning' | 'procurement';
  readonly systemName: string;
  readonly date: string | null;
  readonly note: string | null;
  readonly reportedBy: string | null;
  readonly reportedAt: string;
  readonly seenBy: string | null;
  readonly seenAt: string | null;
}

export interface Reports {
  readonly unseen: number;
  readonly showUnseen: boolean;
  readonly reports: readonly InventoryReport[];
}

type Named<T> = T & { readonly municipalityName: string };
export type ViewItem = Named<PlanItem> & { readonly pinned: boolean };

export interface ViewPlan extends Omit<Plan, 'items' | 'urgent' | 'unplanned'> {
  readonly items: readonly ViewItem[];
  readonly urgent: readonly Named<UrgentLoad>[];
  readonly unplanned: readonly Named<UnplannedItem>[];
}

export interface ViewVersion extends Omit<PlanVersion, 'plan'> {
  readonly plan: ViewPlan;
}

export interface PlanState {
  readonly approved: ViewVersion | null;
  readonly draft: ViewVersion | null;
}

export interface VersionSummary extends Omit<PlanVersion, 'plan'> {
  readonly items: number;
  readonly pins: number;
}

export type Diff = PlanDiff;

export interface ViewForecast extends Omit<Forecast, 'deliveries'> {
  readonly deliveries: readonly (DeliveryForecast & { municipalityName: string; systemName: string })[];
}

export interface Shares {
  readonly year: number;
  readonly total_tkr: number;
  readonly shares: readonly { municipality: string; share: number; amount_tkr: number }[];
}

export interface BudgetDoc {
  readonly year: number;
  readonly years: readonly number[];
  readonly lines: readonly {
    group: string;
    label_sv: string;
    label_en: string;
    budget_tkr: number;
    outcome_tkr: number;
    difference_tkr: number;
  }[];
  readonly total: { budget_tkr: number; outcome_tkr: number; difference_tkr: number };
  readonly refunds: readonly { municipality: string; refund_tkr: number }[];
}

export interface YearBudget {
  readonly year: number;
  readonly totalTkr: number;
  readonly upliftBasisPoints: number | null;
}

export interface CurvePoint {
  readonly month: string;
  readonly cumulative_sek: number;
  readonly yearly_rate_sek: number;
}

export interface SavingsDoc {
  readonly from: string;
  readonly to: string;
  readonly expected: readonly CurvePoint[];
  readonly realised: readonly CurvePoint[];
  readonly municipalities: readonly {
    id: string;
    name: string;
    expected_yearly_sek: number;
    realised_yearly_sek: number;
    expected: readonly CurvePoint[];
    realised: readonly CurvePoint[];
  }[];
}
