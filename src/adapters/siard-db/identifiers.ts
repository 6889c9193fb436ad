/** Quoting of SQL identifiers: double quotes (SQL standard, PostgreSQL, SQLite) or backticks (MySQL). */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const quoteMysql = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

/** Error message of an unknown thrown value. */
export const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));
