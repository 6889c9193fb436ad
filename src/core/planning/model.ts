/** The delivery plan (leveransplan): settings, items with their reasons, and versions. */
import type { IsoDate, MunicipalityId, ProjectId, Quarter, SystemId } from '../consortium/model.ts';
import type { Criterion, SystemScore } from './criteria.ts';

export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** equal: the same number of deliveries per member; proportional: in proportion to cost share. */
export type FairnessMode = 'equal' | 'proportional';

export interface PlanSettings {
  readonly firstQuarter: Quarter;
  readonly quarterCount: number;
  /** E-archivists' person-days per quarter: one figure, or per quarter (missing quarters use `default`). */
  readonly capacity: { readonly default: number; readonly perQuarter?: Readonly<Record<Quarter, number>> };
  readonly fairness: FairnessMode;
  readonly pilotsFirst: boolean;
  readonly criteria: readonly Criterion[];
}

/** An archivist fixes a system to a quarter; the rest of the plan is re-planned around it. */
export interface Pin {
  readonly systemId: SystemId;
  readonly quarter: Quarter;
}

/** Why an item landed where it did. */
export type PlacementRule = 'pinned' | 'pilot' | 'first-delivery' | 'fair-share';

export interface PlanItem {
  readonly systemId: SystemId;
  readonly systemName: string;
  readonly municipalityId: MunicipalityId;
  readonly quarter: Quarter;
  readonly effortPersonDays: number;
  readonly score: SystemScore;
  readonly rule: PlacementRule;
  /** The member's n-th delivery in this plan (1-based). */
  readonly ordinal: number;
  readonly reason: Bilingual;
  readonly warnings: readonly Bilingual[];
}

/** An urgent delivery: outside the plan, financed separately, but it uses the e-archivists' time. */
export interface UrgentLoad {
  readonly projectId: ProjectId;
  readonly systemId: SystemId;
  readonly systemName: string;
  readonly municipalityId: MunicipalityId;
  readonly quarter: Quarter;
  readonly effortPersonDays: number;
}

export interface UnplannedItem {
  readonly systemId: SystemId;
  readonly systemName: string;
  readonly municipalityId: MunicipalityId;
  readonly score: SystemScore;
  readonly reason: Bilingual;
}

export interface QuarterLoad {
  readonly quarter: Quarter;
  readonly capacity: number;
  readonly planned: number;
  readonly urgent: number;
}

export interface Plan {
  readonly settings: PlanSettings;
  readonly pins: readonly Pin[];
  readonly items: readonly PlanItem[];
  readonly urgent: readonly UrgentLoad[];
  readonly unplanned: readonly UnplannedItem[];
  readonly load: readonly QuarterLoad[];
}

/** A plan as the council sees it: numbered, dated, approved on a date or still a draft. */
export interface PlanVersion {
  readonly version: number;
  readonly createdAt: IsoDate;
  readonly approvedOn: IsoDate | null;
  readonly approvedBy: string | null;
  readonly note: string;
  readonly plan: Plan;
}

export interface PlanDiff {
  readonly from: number | null;
  readonly to: number;
  readonly added: readonly PlanItem[];
  readonly removed: readonly PlanItem[];
  readonly moved: readonly { readonly item: PlanItem; readonly fromQuarter: Quarter }[];
}
