/** What a database backend can do. Migrations and repositories branch on these, never on a name. */
export interface DatabaseCapabilities {
  /** Full-text search: SQLite FTS5 (with our Swedish stemming) or PostgreSQL tsvector ('swedish'). */
  readonly fullText: 'fts5' | 'tsvector';
  /** `SELECT … FOR UPDATE SKIP LOCKED`: several workers on several machines share the job table. */
  readonly skipLocked: boolean;
  /** Column type of an auto-increment integer primary key. */
  readonly autoIncrementType: 'integer' | 'bigserial';
  /** Whether several processes may write at once (false: one writer, WAL readers). */
  readonly concurrentWriters: boolean;
}
