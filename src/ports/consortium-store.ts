/**
 * What the consortium services read and write. The CLI uses an in-memory store over the demo data
 * (src/adapters/consortium/memory-consortium-store.ts); the archive server implements the same port
 * over its database, one store per tenant (consortium).
 */
import type {
  BudgetOutcome,
  Consortium,
  DeliveryProject,
  IsoDate,
  ShareBasis,
  SystemRecord,
  YearBudget,
} from '../core/consortium/model.ts';
import type { PlanVersion } from '../core/planning/model.ts';

export interface ConsortiumStore {
  /** "Today" for forecasts and plans: the clock on a server, the seed's date for the demo. */
  asOf(): Promise<IsoDate>;
  getConsortium(): Promise<Consortium>;
  getShareBasis(): Promise<ShareBasis>;
  getBudgets(): Promise<readonly YearBudget[]>;
  getOutcomes(): Promise<readonly BudgetOutcome[]>;
  getSystems(): Promise<readonly SystemRecord[]>;
  /** Delivery projects with their full phase history. */
  getProjects(): Promise<readonly DeliveryProject[]>;
  /** Every saved plan version, oldest first. */
  getPlanVersions(): Promise<readonly PlanVersion[]>;
  /** Refuses (ARC_ERR_PLAN_VERSION_CONFLICT) a version number that exists, unless it is the same version being approved. */
  savePlanVersion(version: PlanVersion): Promise<void>;
}
