/**
 * The archive service's first schema: tenants and people, delivery projects with their phase
 * history, package versions with control results and checkpoints, approvals, AIPs, jobs, audit log.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseCapabilities } from '../capabilities.ts';

// Migrations are written against an untyped Kysely: the schema they create is their subject.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function initialMigration(caps: DatabaseCapabilities): Migration {
  const autoId = caps.autoIncrementType;
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('org_number', 'text')
        .addColumn('parent_id', 'text', (c) => c.references('tenants.id'))
        .addColumn('is_host', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('records_creators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('org_number', 'text')
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('password_hash', 'text')
        .addColumn('oidc_issuer', 'text')
        .addColumn('oidc_subject', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('users_oidc_unique', ['oidc_issuer', 'oidc_subject'])
        .execute();
      await db.schema
        .createTable('user_roles')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'tenant_id', 'role'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('checklist_templates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
      await db.schema
        .createTable('delivery_projects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('records_creator_id', 'text', (c) => c.references('records_creators.id'))
        .addColumn('system_name', 'text', (c) => c.notNull())
        .addColumn('system_type', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('agreement_ref', 'text')
        .addColumn('delivery_type', 'text', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('stop_reason', 'text')
        .addColumn('waiting_for', 'text')
        .addColumn('is_pilot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('is_test', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('delivery_projects_tenant')
        .on('delivery_projects')
        .column('tenant_id')
        .execute();
      await db.schema
        .createTable('phase_changes')
        .addColumn('id', autoId, (c) =>
          autoId === 'integer' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('project_id', 'text', (c) => c.notNull().references('delivery_projects.id'))
        .addColumn('from_phase', 'text')
        .addColumn('to_phase', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('waiting_for', 'text')
        .addColumn('changed_by', 'text')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('phase_changes_project').on('phase_changes').column('project_id').execute();
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('project_id', 'text', (c) => c.notNull().references('delivery_projects.id'))
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint')
        .addColumn('sha256', 'text')
        .addColumn('producer_sha256', 'text')
        .addColumn('blob_key', 'text')
        .addColumn('report', 'text')
        .addColumn('error_count', 'integer')
        .addColumn('warning_count', 'integer')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text')
        .addColumn('controlled_at', 'text')
        .addColumn('failure', 'text')
        .addUniqueConstraint('submissions_version_unique', ['project_id', 'version'])
        .execute();
      await db.schema
        .createTable('checkpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('label_sv', 'text', (c) => c.notNull())
        .addColumn('label_en', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('set_by', 'text')
        .addColumn('set_at', 'text')
        .addColumn('comment', 'text')
        .execute();
      await db.schema
        .createIndex('checkpoints_submission')
        .on('checkpoints')
        .column('submission_id')
        .execute();
      await db.schema
        .createTable('deviation_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('signing_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('public_jwk', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('approvals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('submission_id', 'text', (c) => c.notNull().unique().references('submissions.id'))
        .addColumn('approved_by', 'text', (c) => c.notNull())
        .addColumn('approved_at', 'text', (c) => c.notNull())
        .addColumn('manifest_sha256', 'text', (c) => c.notNull())
        .addColumn('report_sha256', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('jws', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('aips')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('project_id', 'text')
        .addColumn('submission_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('records_creator', 'text')
        .addColumn('system_name', 'text')
        .addColumn('date_from', 'text')
        .addColumn('date_to', 'text')
        .addColumn('reference_code', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('file_count', 'integer', (c) => c.notNull())
        .addColumn('package_key', 'text', (c) => c.notNull())
        .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('preserved_at', 'text')
        .execute();
      await db.schema
        .createIndex('aips_tenant_created')
        .on('aips')
        .columns(['tenant_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('aip_files')
        .addColumn('aip_id', 'text', (c) => c.notNull().references('aips.id').onDelete('cascade'))
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('puid', 'text')
        .addPrimaryKeyConstraint('aip_files_pk', ['aip_id', 'path'])
        .execute();
      await db.schema
        .createTable('aip_copies')
        .addColumn('aip_id', 'text', (c) => c.notNull().references('aips.id').onDelete('cascade'))
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('verified_at', 'text')
        .addPrimaryKeyConstraint('aip_copies_pk', ['aip_id', 'location'])
        .execute();
      await db.schema
        .createTable('aip_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('aip_id', 'text', (c) => c.notNull().references('aips.id').onDelete('cascade'))
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('agent', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', autoId, (c) =>
          autoId === 'integer' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('run_after', 'text', (c) => c.notNull())
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('jobs_claim').on('jobs').columns(['state', 'run_after']).execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('tenant_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // One row holding the chain's head: updating it in the appending transaction serialises
      // appenders on both backends (a row lock on PostgreSQL, the write lock on SQLite).
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db
        .insertInto('audit_head')
        .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
        .execute();
      await createSearchIndex(db, caps);
    },
  };
}

/** The AIP search index: an FTS5 table on SQLite, a generated tsvector with a GIN index on PostgreSQL. */
async function createSearchIndex(db: AnyDb, caps: DatabaseCapabilities): Promise<void> {
  if (caps.fullText === 'fts5') {
    // Stemmed text is written by the repository (Swedish snowball stemmer); trigram would not stem.
    await sql`CREATE VIRTUAL TABLE aip_search USING fts5(aip_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
  } else {
    await sql`ALTER TABLE aips ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('swedish', search_text)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX aips_search_vector ON aips USING GIN (search_vector)`.execute(db);
  }
}
