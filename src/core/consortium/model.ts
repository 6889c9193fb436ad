/**
 * The consortium's own data: members, cost-share basis, budgets, the system inventory and the
 * delivery projects with their phase history. Plain serialisable structures: the CLI reads them
 * from the demo data, the archive server stores them in its database (issue 5).
 *
 * Money: budgets are whole tkr (thousands of kronor), licence costs whole kronor per year. Dates are
 * ISO calendar dates ("2021-11-05"); quarters are "2022-Q1".
 */

export type MunicipalityId = string;
export type SystemId = string;
export type ProjectId = string;
/** ISO date, "YYYY-MM-DD". */
export type IsoDate = string;
/** "YYYY-Qn". */
export type Quarter = string;

export interface Municipality {
  readonly id: MunicipalityId;
  /** Name as in the agreement's table ("Ängelholm"). */
  readonly name: string;
  /** Organisationsnummer, "212000-NNNN". */
  readonly orgNumber: string;
  /** Värdkommun: employs the förvaltningsorganisation. */
  readonly isHost: boolean;
  /** Inhabitants; the agreement's printed andel is the population share (docs/consortium.md). */
  readonly population: number;
}

export interface Consortium {
  readonly id: string;
  readonly name: string;
  readonly hostMunicipalityId: MunicipalityId;
  /** In the agreement's table order; the order breaks rounding ties. */
  readonly municipalities: readonly Municipality[];
}

/** The yearly charges that fix each member's exact share: share = amount / Σ amounts. */
export interface ShareBasis {
  readonly year: number;
  readonly amountsTkr: Readonly<Record<MunicipalityId, number>>;
}

/** The consortium's total budget for a year; a later year may be given by an uplift instead. */
export interface YearBudget {
  readonly year: number;
  readonly totalTkr: number;
  /** Uppräkning over the previous year in basis points (253 = 2.53 %), when that is how it was set. */
  readonly upliftBasisPoints?: number;
}

export type CostGroup =
  'salaries' | 'courses-travel' | 'staff-welfare' | 'purchased-services' | 'premises' | 'other';

export interface CostGroupOutcome {
  readonly group: CostGroup;
  readonly budgetTkr: number;
  readonly outcomeTkr: number;
}

/** Budget against outcome for one year (finance enters the outcome). */
export interface BudgetOutcome {
  readonly year: number;
  readonly lines: readonly CostGroupOutcome[];
}

export type SystemCategory =
  'case-management' | 'social-care' | 'hr-payroll' | 'finance' | 'environment-building' | 'school' | 'other';

export type Retention = 'keep' | 'dispose' | 'mixed';
export type ExportState = 'available' | 'needs-investigation' | 'none';
export type ExportFormat = 'fgs-paketstruktur' | 'e-ark-sip' | 'cits-erms' | 'siard' | 'vendor-xml';

/** One business system (verksamhetssystem) of a member, as the systeminventering records it. */
export interface SystemRecord {
  readonly id: SystemId;
  readonly municipalityId: MunicipalityId;
  readonly name: string;
  readonly category: SystemCategory;
  readonly vendor: string;
  readonly version: string;
  readonly informationTypes: readonly string[];
  /** Arkivbildare: the nämnd or bolag that owns the records. */
  readonly recordsCreator: string;
  readonly retention: Retention;
  readonly volumeGb: number;
  readonly exportState: ExportState;
  readonly exportFormats: readonly ExportFormat[];
  /** Whole kronor per year. */
  readonly licenceCostSek: number;
  /** Read-only licence (läslicens) the member must buy if the system is retired without delivery. */
  readonly readLicenceCostSek: number;
  readonly plannedDecommissioning: IsoDate | null;
  /** The council's scores for the plan criteria, 1–5. */
  readonly businessBenefit: 1 | 2 | 3 | 4 | 5;
  readonly legalRisk: 1 | 2 | 3 | 4 | 5;
  /** E-archivists' effort for a delivery, person-days. */
  readonly effortPersonDays: number;
  /** Pilot systems go first when the plan settings say so. */
  readonly pilot: boolean;
}

/** Phases of a delivery project, in order; `stopped` can follow any phase and needs a reason. */
export const PHASES = [
  'planned',
  'preparation',
  'test-delivery',
  'ingest',
  'delivery-control',
  'approved',
  'closed',
  'stopped',
] as const;
export type Phase = (typeof PHASES)[number];

/** Phases a delivery passes from start to approval; the forecast samples their durations. */
export const WORK_PHASES = ['preparation', 'test-delivery', 'ingest', 'delivery-control'] as const;
export type WorkPhase = (typeof WORK_PHASES)[number];

export const PHASE_LABELS: Readonly<Record<Phase, { sv: string; en: string }>> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  preparation: { sv: 'Förberedelse', en: 'Preparation' },
  'test-delivery': { sv: 'Provleverans', en: 'Test delivery' },
  ingest: { sv: 'Inleverans', en: 'Ingest' },
  'delivery-control': { sv: 'Leveranskontroll', en: 'Delivery control' },
  approved: { sv: 'Godkänd', en: 'Approved' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  stopped: { sv: 'Stoppad', en: 'Stopped' },
};

/** Who a project is waiting for while it is in a phase. */
export type WaitingParty = 'vendor' | 'producer' | 'archive';

export const PARTY_LABELS: Readonly<Record<WaitingParty, { sv: string; en: string }>> = {
  vendor: { sv: 'leverantören', en: 'the vendor' },
  producer: { sv: 'kommunen (arkivbildaren)', en: 'the municipality (producer)' },
  archive: { sv: 'e-arkivet', en: 'the e-archive' },
};

/** One recorded phase change; the archive service records one per transition. */
export interface PhaseChange {
  readonly phase: Phase;
  readonly at: IsoDate;
  readonly waitingFor?: WaitingParty;
  /** Named party, e.g. "Visma". */
  readonly waitingForName?: string;
  readonly note?: string;
  /** Required for `stopped`. */
  readonly reason?: string;
}

export type ProjectKind = 'pilot' | 'planned' | 'urgent';

export interface DeliveryProject {
  readonly id: ProjectId;
  readonly systemId: SystemId;
  readonly municipalityId: MunicipalityId;
  /** Urgent projects are outside the plan and financed separately, but take capacity. */
  readonly kind: ProjectKind;
  /** Quarter an urgent project occupies the e-archivists; null for others. */
  readonly urgentQuarter?: Quarter;
  readonly history: readonly PhaseChange[];
  /** Kontrollpunkter still open (ids of the default checkpoint list). */
  readonly openCheckpoints: readonly string[];
}

/** Everything the consortium functions read; the port returns it piecewise. */
export interface ConsortiumData {
  readonly asOf: IsoDate;
  readonly consortium: Consortium;
  readonly shareBasis: ShareBasis;
  readonly budgets: readonly YearBudget[];
  readonly outcomes: readonly BudgetOutcome[];
  readonly systems: readonly SystemRecord[];
  readonly projects: readonly DeliveryProject[];
}
