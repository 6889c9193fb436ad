/**
 * The consortium's checklist template (kontrollpunktsmall) and the checkpoints of a submission.
 * The template is versioned: a new version applies to submissions controlled after it, and every
 * submission keeps the checkpoints (and the template id) it was controlled with. The default
 * template is the list in shared/research/domain.md (core/delivery/checklist.ts).
 */
import type { Insertable } from 'kysely';
import type { CheckpointTable, Db } from '../../adapters/db/schema.ts';
import type { Principal } from '../../core/access/roles.ts';
import {
  automaticVerdict,
  DEFAULT_CHECKLIST,
  type ChecklistItem,
  type ChecklistTemplate,
  type CheckpointMode,
  type CheckpointState,
} from '../../core/delivery/checklist.ts';
import type { WaitingParty } from '../../core/delivery/phases.ts';
import { archiveError } from '../../core/errors.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import * as templates from '../../repositories/checklist-templates.ts';
import * as submissions from '../../repositories/submissions.ts';
import { requirePermission } from './access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { readableSubmission } from './submissions.ts';

/** Who sets the automatic checkpoints. */
export const SYSTEM_ACTOR = 'samarkiv';

export interface StoredTemplate extends ChecklistTemplate {
  readonly id: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

const templateId = (version: number): string => `checklist-v${version}`;

function fromRow(row: templates.ChecklistTemplateRow): StoredTemplate {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    items: JSON.parse(row.items) as ChecklistItem[],
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** The newest template version; the default one is stored first when there is none. */
export async function ensureTemplate(trx: Db, now: string): Promise<StoredTemplate> {
  const row = await templates.currentTemplate(trx);
  if (row) return fromRow(row);
  const seeded = {
    id: templateId(DEFAULT_CHECKLIST.version),
    name: DEFAULT_CHECKLIST.name,
    version: DEFAULT_CHECKLIST.version,
    items: JSON.stringify(DEFAULT_CHECKLIST.items),
    updated_at: now,
    updated_by: null,
  };
  await templates.insertTemplate(trx, seeded);
  return fromRow(seeded);
}

export function currentTemplate(ctx: ServiceContext): Promise<StoredTemplate> {
  return inTransaction(ctx, (trx) => ensureTemplate(trx, nowIso(ctx)));
}

export async function templateVersions(ctx: ServiceContext): Promise<Omit<StoredTemplate, 'items'>[]> {
  await currentTemplate(ctx);
  const rows = await templates.listTemplateVersions(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }));
}

export async function templateById(ctx: ServiceContext, id: string): Promise<StoredTemplate> {
  const row = await templates.getTemplate(ctx.db, id);
  if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `checklist template ${id}`);
  return fromRow(row);
}

function checkItems(items: readonly ChecklistItem[]): void {
  if (items.length === 0) throw archiveError('ARC_ERR_CHECKLIST_INVALID', 'no checkpoints');
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) throw archiveError('ARC_ERR_CHECKLIST_INVALID', `key ${item.key} appears twice`);
    seen.add(item.key);
  }
}

/** Stores a new template version; submissions controlled from now on use it. */
export async function saveTemplate(
  ctx: ServiceContext,
  actor: Principal,
  input: { readonly name: string; readonly items: readonly ChecklistItem[] },
): Promise<StoredTemplate> {
  requirePermission(ctx, actor, 'template:write', ctx.consortiumId);
  checkItems(input.items);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const current = await ensureTemplate(trx, now);
    const version = current.version + 1;
    const row = {
      id: templateId(version),
      name: input.name,
      version,
      items: JSON.stringify(input.items),
      updated_at: now,
      updated_by: actor.userId,
    };
    await templates.insertTemplate(trx, row);
    await audit(trx, ctx, actor, ctx.consortiumId, 'template.update', 'checklist_template', row.id, {
      version,
      items: input.items.length,
    });
    return fromRow(row);
  });
}

/** The checkpoints of a freshly controlled submission, automatic ones decided by the report. */
export function checkpointRows(
  template: StoredTemplate,
  submissionId: string,
  report: ValidationReport,
  now: string,
): Insertable<CheckpointTable>[] {
  return template.items.map((item, position) => {
    const verdict =
      report.error && report.results.length === 0
        ? refusedVerdict(item, report)
        : automaticVerdict(item, report);
    return {
      id: `${submissionId}:${item.key}`,
      submission_id: submissionId,
      item_key: item.key,
      position,
      label_sv: item.sv,
      label_en: item.en,
      mode: item.mode,
      requirements: item.requirements ? JSON.stringify(item.requirements) : null,
      state: verdict?.state ?? 'open',
      set_by: verdict ? SYSTEM_ACTOR : null,
      set_at: verdict ? now : null,
      comment: verdict?.comment ?? null,
      owner: null,
      due_date: null,
    };
  });
}

/**
 * A package refused before any rule ran (unsafe or unreadable): every automatic item is a
 * deviation with the refusal's code, not "not applicable".
 */
function refusedVerdict(
  item: ChecklistItem,
  report: ValidationReport,
): { state: CheckpointState; comment: string } | null {
  if (item.mode === 'M' || !item.requirements || item.requirements.length === 0) return null;
  return { state: 'deviation', comment: `Paketet avvisades: ${report.error?.code ?? 'okänt fel'}` };
}

export interface CheckpointView {
  readonly id: string;
  readonly key: string;
  readonly position: number;
  readonly labelSv: string;
  readonly labelEn: string;
  readonly mode: CheckpointMode | null;
  readonly requirements: string[];
  readonly state: CheckpointState;
  readonly automatic: boolean;
  readonly setBy: string | null;
  readonly setAt: string | null;
  readonly comment: string | null;
  readonly owner: WaitingParty | null;
  readonly dueDate: string | null;
}

export interface CheckpointSummary {
  readonly total: number;
  readonly open: number;
  readonly ok: number;
  readonly deviation: number;
  readonly notApplicable: number;
  /** Done = nothing open and nothing in deviation. */
  readonly done: boolean;
  /** The checkpoints still open or in deviation, in template order. */
  readonly remaining: { key: string; labelSv: string; labelEn: string; state: CheckpointState }[];
}

export function checkpointView(row: submissions.CheckpointRow): CheckpointView {
  return {
    id: row.id,
    key: row.item_key,
    position: row.position,
    labelSv: row.label_sv,
    labelEn: row.label_en,
    mode: (row.mode as CheckpointMode | null) ?? null,
    requirements: row.requirements ? (JSON.parse(row.requirements) as string[]) : [],
    state: row.state as CheckpointState,
    automatic: row.set_by === SYSTEM_ACTOR,
    setBy: row.set_by,
    setAt: row.set_at,
    comment: row.comment,
    owner: (row.owner as WaitingParty | null) ?? null,
    dueDate: row.due_date,
  };
}

export function summarizeCheckpoints(rows: readonly submissions.CheckpointRow[]): CheckpointSummary {
  const count = (s: CheckpointState): number => rows.filter((r) => r.state === s).length;
  const remaining = rows
    .filter((r) => r.state === 'open' || r.state === 'deviation')
    .map((r) => ({
      key: r.item_key,
      labelSv: r.label_sv,
      labelEn: r.label_en,
      state: r.state as CheckpointState,
    }));
  return {
    total: rows.length,
    open: count('open'),
    ok: count('ok'),
    deviation: count('deviation'),
    notApplicable: count('not-applicable'),
    done: rows.length > 0 && remaining.length === 0,
    remaining,
  };
}

export async function submissionCheckpoints(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<{ summary: CheckpointSummary; items: CheckpointView[] }> {
  await readableSubmission(ctx, reader, submissionId);
  const rows = await submissions.listCheckpoints(ctx.db, submissionId);
  return { summary: summarizeCheckpoints(rows), items: rows.map(checkpointView) };
}

export interface CheckpointChange {
  readonly state: CheckpointState;
  readonly comment?: string | null;
  readonly owner?: WaitingParty | null;
  readonly dueDate?: string | null;
}

/** A person sets a checkpoint of a controlled submission (who and when are recorded). */
export async function setCheckpoint(
  ctx: ServiceContext,
  actor: Principal,
  submissionId: string,
  key: string,
  change: CheckpointChange,
): Promise<CheckpointView> {
  const submission = await readableSubmission(ctx, actor, submissionId);
  requirePermission(ctx, actor, 'checkpoint:set', submission.tenant_id);
  const comment = change.comment?.trim() || null;
  if ((change.state === 'deviation' || change.state === 'not-applicable') && !comment) {
    throw archiveError('ARC_ERR_REQUEST_INVALID', `a checkpoint set to ${change.state} needs a comment`);
  }
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    // Read inside the transaction: a new version or a deviation report may have arrived meanwhile.
    const fresh = await submissions.getSubmissionSummary(trx, submissionId);
    if (fresh?.state !== 'controlled')
      throw archiveError('ARC_ERR_SUBMISSION_STATE', fresh?.state ?? 'missing', 'controlled');
    const row = await submissions.getCheckpointByKey(trx, submissionId, key);
    if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `checkpoint ${key}`);
    const changes = {
      state: change.state,
      comment,
      set_by: actor.userId,
      set_at: now,
      owner: change.state === 'deviation' ? (change.owner ?? row.owner ?? 'producer') : null,
      due_date: change.state === 'deviation' ? (change.dueDate ?? row.due_date) : null,
    };
    await submissions.updateCheckpoint(trx, row.id, changes);
    await audit(trx, ctx, actor, submission.tenant_id, 'checkpoint.set', 'checkpoint', row.id, {
      submissionId,
      key,
      from: row.state,
      to: change.state,
      comment,
    });
    return checkpointView({ ...row, ...changes });
  });
}
