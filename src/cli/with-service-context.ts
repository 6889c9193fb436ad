/**
 * Runs a command against the archive's database directly (no server): opens it (migrating it to
 * the current schema), builds the services' context with the system clock, and closes it after.
 */
import { openDatabase } from '../adapters/db/open-database.ts';
import { systemClock } from '../ports/clock.ts';
import { consortiumId } from '../repositories/tenants.ts';
import type { ServiceContext } from '../services/server/context.ts';

export async function withServiceContext<T>(
  url: string,
  fn: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const opened = await openDatabase(url);
  try {
    const ctx: ServiceContext = {
      db: opened.db,
      caps: opened.caps,
      clock: systemClock,
      consortiumId: (await consortiumId(opened.db)) ?? '',
    };
    return await fn(ctx);
  } finally {
    await opened.close();
  }
}
