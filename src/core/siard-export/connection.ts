/**
 * Database connections as the user writes them on the command line: `sqlite:<file>`,
 * `postgres://…` (also `postgresql://`) and `mysql://…` (also `mariadb://`). Only parsed here; the
 * adapters connect. A password in a URL is never echoed: `redactConnection` hides it in messages.
 */
import { archiveError } from '../errors.ts';

export type DatabaseConnection =
  | { readonly kind: 'sqlite'; readonly file: string; readonly text: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly database: string; readonly text: string }
  | { readonly kind: 'mysql'; readonly url: string; readonly database: string; readonly text: string };

export function redactConnection(text: string): string {
  return text.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

export function parseConnection(text: string): DatabaseConnection {
  const value = text.trim();
  const bad = (): never => {
    throw archiveError('ARC_ERR_SIARD_DB_CONNECTION_INVALID', redactConnection(value));
  };
  if (/^sqlite:/i.test(value)) {
    const file = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '' || file === ':memory:') bad();
    return { kind: 'sqlite', file, text: value };
  }
  const m = /^(postgres|postgresql|mysql|mariadb):\/\//i.exec(value);
  if (!m) return bad();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return bad();
  }
  if (!url.hostname) bad();
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const scheme = (m[1] as string).toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql')
    return { kind: 'postgres', url: value, database: database || 'postgres', text: redactConnection(value) };
  return {
    kind: 'mysql',
    url: value.replace(/^mariadb:/i, 'mysql:'),
    database,
    text: redactConnection(value),
  };
}
