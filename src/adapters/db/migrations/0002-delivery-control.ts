/**
 * Delivery control (issue 4, steps 2–4): which checklist template version a submission was
 * controlled with (old submissions keep theirs when the consortium edits the template), and what a
 * checkpoint needs beyond state/who/when/comment: its mode (A, M, A+M), the requirement IDs that
 * decide it, and — for a deviation — whom it waits for and by when.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const deliveryControlMigration: Migration = {
  async up(db: AnyDb) {
    // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
    await db.schema.alterTable('submissions').addColumn('template_id', 'text').execute();
    await db.schema.alterTable('checkpoints').addColumn('mode', 'text').execute();
    await db.schema.alterTable('checkpoints').addColumn('requirements', 'text').execute();
    await db.schema.alterTable('checkpoints').addColumn('owner', 'text').execute();
    await db.schema.alterTable('checkpoints').addColumn('due_date', 'text').execute();
    await db.schema.createIndex('submissions_project').on('submissions').column('project_id').execute();
    await db.schema
      .createIndex('checkpoints_submission_key')
      .on('checkpoints')
      .columns(['submission_id', 'item_key'])
      .unique()
      .execute();
    // Two workers seeding the default template at once: the second insert fails and is retried.
    await db.schema
      .createIndex('checklist_templates_version')
      .on('checklist_templates')
      .column('version')
      .unique()
      .execute();
    await db.schema
      .createIndex('deviation_reports_submission')
      .on('deviation_reports')
      .column('submission_id')
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('deviation_reports_submission').execute();
    await db.schema.dropIndex('checklist_templates_version').execute();
    await db.schema.dropIndex('checkpoints_submission_key').execute();
    await db.schema.dropIndex('submissions_project').execute();
    for (const column of ['due_date', 'owner', 'requirements', 'mode']) {
      await db.schema.alterTable('checkpoints').dropColumn(column).execute();
    }
    await db.schema.alterTable('submissions').dropColumn('template_id').execute();
  },
};
