/** The JSON the UI reads from the API (see /openapi.json; names follow the routes' zod schemas). */

export interface Grant {
  readonly tenantId: string;
  readonly role: string;
  readonly label: string;
}

export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
}

export interface SessionInfo {
  readonly user: User;
  readonly csrfToken: string;
}

export interface Tenant {
  readonly id: string;
  readonly kind: 'consortium' | 'municipality';
  readonly name: string;
  readonly orgNumber: string | null;
  readonly parentId: string | null;
  readonly isHost: boolean;
}

export interface Dashboard {
  readonly phases: readonly string[];
  readonly rows: readonly { tenantId: string; tenantName: string; counts: Record<string, number> }[];
  readonly totals: Record<string, number>;
  readonly waiting: readonly {
    projectId: string;
    title: string;
    tenantName: string;
    phase: string;
    waitingFor: string | null;
    since: string;
    days: number;
  }[];
}

export interface Project {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly systemName: string;
  readonly systemType: string | null;
  readonly recordsCreatorId: string | null;
  readonly agreementRef: string | null;
  readonly deliveryType: string;
  readonly phase: string;
  readonly stopReason: string | null;
  readonly waitingFor: string | null;
  readonly isPilot: boolean;
  readonly isTest: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PhaseChange {
  readonly fromPhase: string | null;
  readonly toPhase: string;
  readonly reason: string | null;
  readonly waitingFor: string | null;
  readonly changedBy: string | null;
  readonly changedAt: string;
}

export interface ProjectDetail extends Project {
  readonly history: readonly PhaseChange[];
}

/** A coded error, in both languages. */
export interface CodedFailure {
  readonly code: string;
  readonly message: string;
  readonly message_sv: string;
  readonly detail?: string;
}

/** A version of the delivery: one uploaded package and its control. */
export interface Submission {
  readonly id: string;
  readonly projectId: string;
  readonly tenantId: string;
  readonly version: number;
  /** received | controlled | returned | superseded | failed | approved (docs/delivery-control.md) */
  readonly state: string;
  readonly fileName: string;
  readonly size: number | null;
  readonly sha256: string | null;
  readonly producerSha256: string | null;
  readonly createdBy: string | null;
  readonly errorCount: number | null;
  readonly warningCount: number | null;
  readonly createdAt: string;
  readonly receivedAt: string | null;
  readonly controlledAt: string | null;
  readonly failure: CodedFailure | null;
}

export interface CheckpointSummary {
  readonly total: number;
  readonly open: number;
  readonly ok: number;
  readonly deviation: number;
  readonly notApplicable: number;
  readonly done: boolean;
  readonly remaining: readonly { key: string; labelSv: string; labelEn: string; state: string }[];
}

export interface SubmissionDetail extends Submission {
  readonly project: { id: string; title: string; systemName: string; phase: string };
  readonly hasReport: boolean;
  readonly checkpoints: CheckpointSummary;
  readonly deviationReports: readonly { id: string; createdAt: string; createdBy: string | null }[];
  /** The AIP made from this version, once preserved (when the server names it). */
  readonly aipId?: string | null;
}

export interface Checkpoint {
  readonly id: string;
  readonly key: string;
  readonly position: number;
  readonly labelSv: string;
  readonly labelEn: string;
  readonly mode: 'A' | 'M' | 'A+M' | null;
  readonly requirements: readonly string[];
  readonly state: string;
  readonly automatic: boolean;
  /** A user id, or "samarkiv" for an automatic verdict. */
  readonly setBy: string | null;
  readonly setByName?: string | null;
  readonly setAt: string | null;
  readonly comment: string | null;
  readonly owner: string | null;
  readonly dueDate: string | null;
}

export interface Checkpoints {
  readonly summary: CheckpointSummary;
  readonly items: readonly Checkpoint[];
}

export interface ReportResult {
  readonly requirement: string;
  readonly level: string;
  readonly severity: string;
  readonly status: string;
  readonly title: string;
  readonly message: string;
  readonly location?: { file: string; xpath?: string; line?: number };
  readonly findings?: readonly { message: string; location: { file: string; line?: number } }[];
  readonly findingsTotal?: number;
}

export interface ControlReport {
  readonly valid: boolean;
  readonly profileLabel: string | null;
  readonly checkedAt: string;
  readonly summary: {
    errors: number;
    warnings: number;
    infos: number;
    passed: number;
    notApplicable: number;
    files: number;
    bytes: number;
  };
  readonly results: readonly ReportResult[];
  readonly error?: { code: string; message: string };
}

export interface Approval {
  readonly id: string;
  readonly submissionId: string;
  /** The approver's user id; the signed payload names the person. */
  readonly approvedBy: string;
  readonly approvedAt: string;
  readonly keyId: string;
  readonly manifestSha256: string;
  readonly reportSha256: string;
  readonly payload: Record<string, unknown>;
}

export interface AipSummary {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly recordsCreator: string | null;
  readonly systemName: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly referenceCode: string | null;
  readonly state: string;
  readonly size: number;
  readonly fileCount: number;
  readonly createdAt: string;
  readonly preservedAt: string | null;
  readonly projectId: string | null;
  readonly submissionId: string | null;
  readonly restricted: boolean;
}

export interface AipFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly puid: string | null;
}

export interface AipEvent {
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly agent: string;
  readonly outcome: string;
  readonly detail: string | null;
}

export interface AipCopy {
  readonly location: string;
  readonly state: string;
  readonly verifiedAt: string | null;
  /** Last fixity audit, whatever its outcome (null until audited). */
  readonly checkedAt: string | null;
}

export interface AipDetail extends AipSummary {
  readonly files: readonly AipFile[];
  readonly events: readonly AipEvent[];
  readonly copies: readonly AipCopy[];
}

export interface AipPage {
  readonly items: readonly AipSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export interface SearchResult extends AipPage {
  readonly query: string;
  /** 'newest' when there are too many hits to rank by relevance. */
  readonly order?: 'relevance' | 'newest';
  /** The count stopped at a cap: there are at least `total` hits. */
  readonly totalIsLowerBound?: boolean;
}
