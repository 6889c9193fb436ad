/**
 * `samarkiv storage cleanup`: removes temporary files of interrupted storage writes, unfinished
 * S3 multipart uploads and abandoned resumable uploads in quarantine (each removal audited).
 */
import { parseDuration } from '../../core/duration.ts';
import {
  cleanupStorage,
  DEFAULT_TEMP_GRACE_MS,
  DEFAULT_UPLOAD_MAX_AGE_MS,
} from '../../services/server/storage-cleanup.ts';
import { withServiceContext } from '../with-service-context.ts';
import { storageConfig, withStores, type StorageOptions } from './storage-audit.ts';

export interface StorageCleanupOptions extends StorageOptions {
  readonly tempGrace?: string;
  readonly uploadAge?: string;
}

export async function storageCleanupCommand(opts: StorageCleanupOptions): Promise<number> {
  const config = storageConfig(opts);
  const tempGraceMs = opts.tempGrace
    ? parseDuration(opts.tempGrace)
    : process.env.SAMARKIV_TEMP_GRACE
      ? parseDuration(process.env.SAMARKIV_TEMP_GRACE)
      : DEFAULT_TEMP_GRACE_MS;
  const uploadMaxAgeMs = opts.uploadAge
    ? parseDuration(opts.uploadAge)
    : process.env.SAMARKIV_UPLOAD_MAX_AGE
      ? parseDuration(process.env.SAMARKIV_UPLOAD_MAX_AGE)
      : DEFAULT_UPLOAD_MAX_AGE_MS;
  const result = await withStores(config, (stores) =>
    withServiceContext(config.databaseUrl, (ctx) =>
      cleanupStorage(ctx, stores, { dataDir: config.dataDir, tempGraceMs, uploadMaxAgeMs }),
    ),
  );
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(
      `Städat / cleaned up: ${result.temporary.length} tillfälliga filer/temporary files, ` +
        `${result.uploads.length} övergivna uppladdningar/abandoned uploads\n`,
    );
    for (const t of result.temporary) process.stdout.write(`  ${t.location}: ${t.item}\n`);
    for (const u of result.uploads) {
      process.stdout.write(`  quarantine/${u.id} (${u.bytes} byte, senast/last written ${u.lastWrite})\n`);
    }
  }
  return 0;
}
