/** Package versions delivered to a project, their control results and checkpoints. */
import type { CheckpointTable, Db, DeviationReportTable, SubmissionTable } from '../adapters/db/schema.ts';

export type SubmissionRow = SubmissionTable;
export type CheckpointRow = CheckpointTable;

export function listSubmissions(db: Db, projectId: string): Promise<Omit<SubmissionRow, 'report'>[]> {
  return db
    .selectFrom('submissions')
    .select([
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
    ])
    .where('project_id', '=', projectId)
    .orderBy('version', 'desc')
    .execute();
}

export function getSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextVersion(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('submissions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export async function insertSubmission(db: Db, row: SubmissionRow): Promise<void> {
  await db.insertInto('submissions').values(row).execute();
}

export async function updateSubmission(db: Db, id: string, changes: Partial<SubmissionRow>): Promise<void> {
  await db.updateTable('submissions').set(changes).where('id', '=', id).execute();
}

export function listCheckpoints(db: Db, submissionId: string): Promise<CheckpointRow[]> {
  return db
    .selectFrom('checkpoints')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('position')
    .execute();
}

export async function insertCheckpoints(db: Db, rows: CheckpointRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('checkpoints').values(rows).execute();
}

export async function updateCheckpoint(db: Db, id: string, changes: Partial<CheckpointRow>): Promise<void> {
  await db.updateTable('checkpoints').set(changes).where('id', '=', id).execute();
}

export function getCheckpoint(db: Db, id: string): Promise<CheckpointRow | undefined> {
  return db.selectFrom('checkpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDeviationReport(db: Db, row: DeviationReportTable): Promise<void> {
  await db.insertInto('deviation_reports').values(row).execute();
}

export function listDeviationReports(db: Db, submissionId: string): Promise<DeviationReportTable[]> {
  return db
    .selectFrom('deviation_reports')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('created_at')
    .execute();
}
