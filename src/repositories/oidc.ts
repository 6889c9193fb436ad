/** OIDC login state between redirect and callback, and the link of an account to an OIDC identity. */
import type { Db, OidcLoginTable } from '../adapters/db/schema.ts';
import type { UserRow } from './users.ts';

export async function insertOidcLogin(db: Db, row: OidcLoginTable): Promise<void> {
  await db.insertInto('oidc_logins').values(row).execute();
}

/** Takes a login state out (single use): returns it and deletes it in one go. */
export async function takeOidcLogin(db: Db, id: string): Promise<OidcLoginTable | undefined> {
  return db.deleteFrom('oidc_logins').where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteExpiredOidcLogins(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('oidc_logins').where('expires_at', '<', nowIso).execute();
}

/** Accounts with this e-mail address (compared case-insensitively). */
export function usersByEmail(db: Db, email: string): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .execute();
}

export async function linkOidcIdentity(
  db: Db,
  userId: string,
  issuer: string,
  subject: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ oidc_issuer: issuer, oidc_subject: subject })
    .where('id', '=', userId)
    .execute();
}
