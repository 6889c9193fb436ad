/** Signed approvals of submissions and the public keys that signed them. */
import type { ApprovalTable, Db, SigningKeyTable } from '../adapters/db/schema.ts';

export type ApprovalRow = ApprovalTable;
export type SigningKeyRow = SigningKeyTable;

export async function insertApproval(db: Db, row: ApprovalRow): Promise<void> {
  await db.insertInto('approvals').values(row).execute();
}

export function approvalOfSubmission(db: Db, submissionId: string): Promise<ApprovalRow | undefined> {
  return db.selectFrom('approvals').selectAll().where('submission_id', '=', submissionId).executeTakeFirst();
}

export function getSigningKey(db: Db, id: string): Promise<SigningKeyRow | undefined> {
  return db.selectFrom('signing_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listSigningKeys(db: Db): Promise<SigningKeyRow[]> {
  return db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
}

/** Registers a public key once (several servers may start with the same key at the same time). */
export async function registerSigningKey(db: Db, row: SigningKeyRow): Promise<void> {
  await db
    .insertInto('signing_keys')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** controlled → approved, only from 'controlled': false when somebody else changed it first. */
export async function markApproved(db: Db, submissionId: string): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ state: 'approved' })
    .where('id', '=', submissionId)
    .where('state', '=', 'controlled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
