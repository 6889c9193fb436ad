/** Rate-limit windows shared by every server process (migration 0009). */
import { sql } from 'kysely';
import type { Db } from '../adapters/db/schema.ts';

export interface RateLimitWindow {
  /** Hits in the current window, this one included. */
  readonly hits: number;
  readonly windowStartMs: number;
}

/**
 * Counts one hit of `key`: a new window when the key's last one has ended, else one more in it.
 * One upsert, so hits from several processes at once are all counted.
 */
export async function countHit(
  db: Db,
  key: string,
  nowMs: number,
  windowMs: number,
): Promise<RateLimitWindow> {
  const ended = sql<boolean>`rate_limits.window_start_ms + ${windowMs} <= ${nowMs}`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start_ms: nowMs, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`CASE WHEN ${ended} THEN 1 ELSE rate_limits.hits + 1 END`,
        window_start_ms: sql<number>`CASE WHEN ${ended} THEN ${nowMs} ELSE rate_limits.window_start_ms END`,
      }),
    )
    .returning(['hits', 'window_start_ms'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowStartMs: Number(row.window_start_ms) };
}

/** The key's current window without counting a hit; null when it has none or it has ended. */
export async function readWindow(
  db: Db,
  key: string,
  nowMs: number,
  windowMs: number,
): Promise<RateLimitWindow | null> {
  const row = await db
    .selectFrom('rate_limits')
    .select(['hits', 'window_start_ms'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || Number(row.window_start_ms) + windowMs <= nowMs) return null;
  return { hits: Number(row.hits), windowStartMs: Number(row.window_start_ms) };
}

/** Removes windows that started before `beforeMs` (long over for every route's window). */
export async function removeWindowsBefore(db: Db, beforeMs: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start_ms', '<', beforeMs).execute();
}
