/**
 * The typed database schema, shared by SQLite and PostgreSQL (docs/adr/0006). Timestamps are
 * ISO-8601 UTC text, booleans 0/1 integers, JSON documents text.
 */
import type { Generated, Kysely, Transaction } from 'kysely';

export interface TenantTable {
  id: string;
  kind: 'consortium' | 'municipality';
  name: string;
  org_number: string | null;
  parent_id: string | null;
  is_host: number;
  created_at: string;
  population?: number | null;
}

export interface RecordsCreatorTable {
  id: string;
  tenant_id: string;
  name: string;
  org_number: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  disabled: number;
  created_at: string;
}

export interface UserRoleTable {
  user_id: string;
  tenant_id: string;
  role: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ChecklistTemplateTable {
  id: string;
  name: string;
  version: number;
  items: string;
  updated_at: string;
  updated_by: string | null;
}

export interface DeliveryProjectTable {
  id: string;
  tenant_id: string;
  records_creator_id: string | null;
  system_name: string;
  system_type: string | null;
  title: string;
  agreement_ref: string | null;
  delivery_type: string;
  phase: string;
  stop_reason: string | null;
  waiting_for: string | null;
  is_pilot: number;
  is_test: number;
  created_at: string;
  updated_at: string;
  system_id: string | null;
  urgent_quarter: string | null;
  open_checkpoints: string | null;
  waiting_for_name: string | null;
}

export interface PhaseChangeTable {
  id: Generated<number>;
  project_id: string;
  from_phase: string | null;
  to_phase: string;
  reason: string | null;
  waiting_for: string | null;
  waiting_for_name: string | null;
  changed_by: string | null;
  changed_at: string;
}

export interface SubmissionTable {
  id: string;
  project_id: string;
  tenant_id: string;
  version: number;
  state: string;
  file_name: string;
  size: number | null;
  sha256: string | null;
  producer_sha256: string | null;
  blob_key: string | null;
  report: string | null;
  error_count: number | null;
  warning_count: number | null;
  created_by: string | null;
  created_at: string;
  received_at: string | null;
  controlled_at: string | null;
  failure: string | null;
  /** The checklist template version the submission was controlled with; migration 0002. */
  template_id: string | null;
}

export interface CheckpointTable {
  id: string;
  submission_id: string;
  item_key: string;
  position: number;
  label_sv: string;
  label_en: string;
  state: string;
  set_by: string | null;
  set_at: string | null;
  comment: string | null;
  /** A, M or A+M; requirement IDs (JSON array); waiting party and due date of a deviation; migration 0002. */
  mode: string | null;
  requirements: string | null;
  owner: string | null;
  due_date: string | null;
}

export interface DeviationReportTable {
  id: string;
  submission_id: string;
  created_by: string | null;
  created_at: string;
  body: string;
}

export interface ApprovalTable {
  id: string;
  submission_id: string;
  approved_by: string;
  approved_at: string;
  manifest_sha256: string;
  report_sha256: string;
  key_id: string;
  jws: string;
  /** The exact bytes the detached JWS signs (canonical JSON); migration 0004. */
  payload: string | null;
}

export interface SigningKeyTable {
  id: string;
  public_jwk: string;
  created_at: string;
  /** JWS algorithm (ES256, EdDSA); migration 0004. */
  algorithm: string | null;
}

export interface OidcLoginTable {
  /** SHA-256 of the random value in the browser's short-lived login cookie. */
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: string;
  expires_at: string;
}

export interface AipTable {
  id: string;
  tenant_id: string;
  project_id: string | null;
  submission_id: string | null;
  title: string;
  records_creator: string | null;
  system_name: string | null;
  date_from: string | null;
  date_to: string | null;
  reference_code: string | null;
  search_text: string;
  state: string;
  size: number;
  file_count: number;
  package_key: string;
  restricted: number;
  created_at: string;
  preserved_at: string | null;
}

export interface AipFileTable {
  aip_id: string;
  path: string;
  size: number;
  sha256: string;
  puid: string | null;
}

export interface AipCopyTable {
  aip_id: string;
  location: string;
  state: string;
  verified_at: string | null;
  /** Last fixity check, whatever its outcome (migration 0007); null until audited. */
  checked_at: string | null;
}

/** A resumable upload locked by one request in one server process (migration 0007). */
export interface UploadLockTable {
  id: string;
  owner: string;
  expires_at: string;
  release_requested: number;
}

/** A rate-limit window of one client key and route, shared by every server process (migration 0009). */
export interface RateLimitTable {
  key: string;
  window_start_ms: number;
  hits: number;
}

export interface AipEventTable {
  id: string;
  aip_id: string;
  event_type: string;
  at: string;
  agent: string;
  outcome: string;
  detail: string | null;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  state: string;
  attempts: number;
  max_attempts: number;
  run_after: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  tenant_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SystemTable {
  id: string;
  tenant_id: string;
  name: string;
  category: string;
  vendor: string;
  version: string;
  information_types: string;
  records_creator: string;
  retention: string;
  volume_gb: number;
  export_state: string;
  export_formats: string;
  licence_cost_sek: number;
  read_licence_cost_sek: number;
  planned_decommissioning: string | null;
  business_benefit: number;
  legal_risk: number;
  effort_person_days: number;
  pilot: number;
  updated_at: string;
}

export interface InventoryReportTable {
  id: string;
  tenant_id: string;
  system_id: string | null;
  kind: string;
  system_name: string;
  effective_date: string | null;
  note: string | null;
  reported_by: string | null;
  reported_at: string;
  seen_by: string | null;
  seen_at: string | null;
}

export interface ShareBasisTable {
  year: number;
  tenant_id: string;
  amount_tkr: number;
  position: number;
}

export interface BudgetTable {
  year: number;
  total_tkr: number;
  uplift_basis_points: number | null;
}

export interface BudgetOutcomeTable {
  year: number;
  cost_group: string;
  budget_tkr: number;
  outcome_tkr: number;
  entered_by: string | null;
  entered_at: string | null;
}

export interface PlanVersionTable {
  version: number;
  created_at: string;
  approved_on: string | null;
  approved_by: string | null;
  note: string;
  plan: string;
}

export interface Database {
  systems: SystemTable;
  inventory_reports: InventoryReportTable;
  share_basis: ShareBasisTable;
  budgets: BudgetTable;
  budget_outcomes: BudgetOutcomeTable;
  plan_versions: PlanVersionTable;
  audit_head: AuditHeadTable;
  tenants: TenantTable;
  records_creators: RecordsCreatorTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  checklist_templates: ChecklistTemplateTable;
  delivery_projects: DeliveryProjectTable;
  phase_changes: PhaseChangeTable;
  submissions: SubmissionTable;
  checkpoints: CheckpointTable;
  deviation_reports: DeviationReportTable;
  approvals: ApprovalTable;
  signing_keys: SigningKeyTable;
  oidc_logins: OidcLoginTable;
  aips: AipTable;
  aip_files: AipFileTable;
  aip_copies: AipCopyTable;
  aip_events: AipEventTable;
  upload_locks: UploadLockTable;
  rate_limits: RateLimitTable;
  jobs: JobTable;
  audit_log: AuditLogTable;
}

/** A database handle or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;
