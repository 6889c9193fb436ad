/** Package versions delivered to a project, their control results, checkpoints and deviation reports. */
import type { Insertable, Selectable } from 'kysely';
import type { CheckpointTable, Db, DeviationReportTable, SubmissionTable } from '../adapters/db/schema.ts';

export type SubmissionRow = Selectable<SubmissionTable>;
export type SubmissionSummaryRow = Omit<SubmissionRow, 'report'>;
export type CheckpointRow = Selectable<CheckpointTable>;
export type DeviationReportRow = Selectable<DeviationReportTable>;

/** Every column but the (large) report. */
const SUMMARY_COLUMNS = [
  'id',
  'project_id',
  'tenant_id',
  'version',
  'state',
  'file_name',
  'size',
  'sha256',
  'producer_sha256',
  'blob_key',
  'error_count',
  'warning_count',
  'created_by',
  'created_at',
  'received_at',
  'controlled_at',
  'failure',
  'template_id',
] as const;

export function listSubmissions(db: Db, projectId: string): Promise<SubmissionSummaryRow[]> {
  return db
    .selectFrom('submissions')
    .select(SUMMARY_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('version', 'desc')
    .execute();
}

export function getSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function getSubmissionSummary(db: Db, id: string): Promise<SubmissionSummaryRow | undefined> {
  return db.selectFrom('submissions').select(SUMMARY_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function nextVersion(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('submissions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export async function insertSubmission(db: Db, row: Insertable<SubmissionTable>): Promise<void> {
  await db.insertInto('submissions').values(row).execute();
}

export async function updateSubmission(db: Db, id: string, changes: Partial<SubmissionRow>): Promise<void> {
  await db.updateTable('submissions').set(changes).where('id', '=', id).execute();
}

/** Marks the project's earlier versions that are still in play as superseded by `version`. */
export async function supersedeEarlier(
  db: Db,
  projectId: string,
  version: number,
  inPlay: readonly string[],
): Promise<string[]> {
  const rows = await db
    .updateTable('submissions')
    .set({ state: 'superseded' })
    .where('project_id', '=', projectId)
    .where('version', '<', version)
    .where('state', 'in', inPlay as string[])
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The newest version of a project (any state). */
export function latestSubmission(db: Db, projectId: string): Promise<SubmissionSummaryRow | undefined> {
  return db
    .selectFrom('submissions')
    .select(SUMMARY_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listCheckpoints(db: Db, submissionId: string): Promise<CheckpointRow[]> {
  return db
    .selectFrom('checkpoints')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('position')
    .execute();
}

export async function insertCheckpoints(db: Db, rows: Insertable<CheckpointTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('checkpoints').values(rows).execute();
}

export async function deleteCheckpoints(db: Db, submissionId: string): Promise<void> {
  await db.deleteFrom('checkpoints').where('submission_id', '=', submissionId).execute();
}

export async function updateCheckpoint(db: Db, id: string, changes: Partial<CheckpointRow>): Promise<void> {
  await db.updateTable('checkpoints').set(changes).where('id', '=', id).execute();
}

export function getCheckpoint(db: Db, id: string): Promise<CheckpointRow | undefined> {
  return db.selectFrom('checkpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export function getCheckpointByKey(
  db: Db,
  submissionId: string,
  key: string,
): Promise<CheckpointRow | undefined> {
  return db
    .selectFrom('checkpoints')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .where('item_key', '=', key)
    .executeTakeFirst();
}

export async function insertDeviationReport(db: Db, row: Insertable<DeviationReportTable>): Promise<void> {
  await db.insertInto('deviation_reports').values(row).execute();
}

export function listDeviationReports(db: Db, submissionId: string): Promise<DeviationReportRow[]> {
  return db
    .selectFrom('deviation_reports')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('created_at')
    .execute();
}

export function getDeviationReport(db: Db, id: string): Promise<DeviationReportRow | undefined> {
  return db.selectFrom('deviation_reports').selectAll().where('id', '=', id).executeTakeFirst();
}
