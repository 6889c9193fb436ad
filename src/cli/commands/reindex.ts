/**
 * `samarkiv reindex`: rebuilds the database's AIP records and search index from the storage
 * locations alone, and reports the counts. `--verify` also reads every copy back (fixity audit).
 */
import { openBlobStore } from '../../adapters/blob/open-blob-store.ts';
import { reindex } from '../../services/server/reindex.ts';
import { configFromEnv } from '../../server/config.ts';
import { withServiceContext } from '../with-service-context.ts';

export interface ReindexOptions {
  readonly database?: string;
  readonly dataDir?: string;
  /** Comma-separated storage locations (default: SAMARKIV_STORAGE or the data folder's kopia-1, kopia-2). */
  readonly storage?: string;
  readonly verify?: boolean;
  readonly format?: string;
}

export async function reindexCommand(opts: ReindexOptions): Promise<number> {
  const config = configFromEnv(process.env, {
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.database ? { databaseUrl: opts.database } : {}),
    ...(opts.storage ? { storage: opts.storage.split(',').map((s) => s.trim()) } : {}),
  });
  const stores = config.storage.map((l) => openBlobStore(l));
  try {
    const result = await withServiceContext(config.databaseUrl, (ctx) =>
      reindex(ctx, stores, { verify: opts.verify === true }),
    );
    if (opts.format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ locations: stores.map((s) => s.location), ...result }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(
        `Återuppbyggt från lagringen / rebuilt from storage: ${result.aips} AIP, ${result.files} filer/files, ` +
          `${result.events} händelser/events, ${result.copies} kopior/copies` +
          (opts.verify ? `, ${result.damagedCopies} skadade/damaged` : '') +
          '\n',
      );
      for (const s of result.skipped) process.stdout.write(`  hoppade över / skipped ${s.id}: ${s.reason}\n`);
    }
    return result.skipped.length > 0 || result.damagedCopies > 0 ? 1 : 0;
  } finally {
    for (const s of stores) await s.close();
  }
}
