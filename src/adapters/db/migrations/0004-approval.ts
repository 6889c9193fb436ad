/**
 * Approval and OIDC login (issue 4): the exact signed payload of an approval (the JWS is detached,
 * so the bytes it signs must be kept to be shown and checked later), and the short-lived state of
 * an OIDC login between the redirect to the provider and its callback (PKCE verifier, state,
 * nonce), kept server-side so that several server processes share it.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const approvalMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('approvals').addColumn('payload', 'text').execute();
    await db.schema.alterTable('signing_keys').addColumn('algorithm', 'text').execute();
    await db.schema
      .createTable('oidc_logins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('nonce', 'text', (c) => c.notNull())
      .addColumn('code_verifier', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_email').on('users').column('email').execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('users_email').execute();
    await db.schema.dropTable('oidc_logins').execute();
    await db.schema.alterTable('signing_keys').dropColumn('algorithm').execute();
    await db.schema.alterTable('approvals').dropColumn('payload').execute();
  },
};
