/**
 * `samarkiv storage audit` and `samarkiv storage repair`: the fixity audit of the storage
 * locations and the restoring of a damaged copy, run directly against the database and storage
 * (no server). Exit 0 when every audited copy is intact, 1 when one is damaged or missing.
 */
import { openBlobStore } from '../../adapters/blob/open-blob-store.ts';
import { samarkivSoftware } from '../../adapters/package-writer/write-package.ts';
import { parseDuration } from '../../core/duration.ts';
import { ArchiveError } from '../../core/errors.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { configFromEnv, type ServerConfig } from '../../server/config.ts';
import {
  auditStorage,
  repairAip,
  type AipAudit,
  type AuditSelection,
  type CopyAudit,
} from '../../services/server/storage-audit.ts';
import { withServiceContext } from '../with-service-context.ts';

export interface StorageOptions {
  readonly database?: string;
  readonly dataDir?: string;
  /** Comma-separated storage locations (default: SAMARKIV_STORAGE or the data folder's kopia-1, kopia-2). */
  readonly storage?: string;
  readonly format?: string;
}

export interface StorageAuditOptions extends StorageOptions {
  readonly aip?: string;
  readonly tenant?: string;
  readonly sample?: string;
  readonly olderThan?: string;
}

export function storageConfig(opts: StorageOptions): ServerConfig {
  return configFromEnv(process.env, {
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.database ? { databaseUrl: opts.database } : {}),
    ...(opts.storage ? { storage: opts.storage.split(',').map((s) => s.trim()) } : {}),
  });
}

export async function withStores<T>(
  config: ServerConfig,
  fn: (stores: BlobStore[]) => Promise<T>,
): Promise<T> {
  const stores = config.storage.map((l) => openBlobStore(l));
  try {
    return await fn(stores);
  } finally {
    for (const s of stores) await s.close();
  }
}

function selectionOf(opts: StorageAuditOptions, now: Date): AuditSelection {
  let sample: number | undefined;
  if (opts.sample !== undefined) {
    sample = Number(opts.sample);
    if (!Number.isInteger(sample) || sample < 1) {
      throw new ArchiveError('ARC_ERR_USAGE', [`--sample needs a positive whole number: ${opts.sample}`]);
    }
  }
  return {
    ...(opts.aip ? { aipId: opts.aip } : {}),
    ...(opts.tenant ? { tenantId: opts.tenant } : {}),
    ...(sample ? { sample } : {}),
    ...(opts.olderThan
      ? { checkedBefore: new Date(now.getTime() - parseDuration(opts.olderThan)).toISOString() }
      : {}),
  };
}

const write = (line: string): void => void process.stdout.write(`${line}\n`);

function copyLine(c: CopyAudit): string {
  const state =
    c.state === 'verified' ? 'OK' : c.state === 'damaged' ? 'SKADAD/DAMAGED' : 'OLÄSBAR/UNREADABLE';
  return `    ${state.padEnd(18)} ${c.location} (${c.files} filer/files)`;
}

function printAip(r: AipAudit): void {
  write(`${r.outcome === 'success' ? 'OK  ' : 'FEL '} ${r.aipId} (${r.tenantId})`);
  for (const c of r.copies) {
    if (c.state !== 'verified' || r.outcome !== 'success') write(copyLine(c));
    for (const p of c.problems) write(`      ${p.problem}: ${c.location} ${p.aipId}/${p.path} — ${p.detail}`);
  }
}

export async function storageAuditCommand(opts: StorageAuditOptions): Promise<number> {
  const config = storageConfig(opts);
  const json = opts.format === 'json';
  return withStores(config, (stores) =>
    withServiceContext(config.databaseUrl, async (ctx) => {
      const summary = await auditStorage(
        { ctx, stores, software: samarkivSoftware(), ...(json ? {} : { onAip: printAip }) },
        selectionOf(opts, ctx.clock.now()),
        null,
      );
      if (json) {
        write(JSON.stringify(summary, null, 2));
      } else {
        write(
          `Fixitetskontroll / fixity audit: ${summary.aips} AIP, ${summary.copies} kopior/copies, ` +
            `${summary.files} filer/files, ${summary.bytes} byte; ` +
            `${summary.damagedCopies} skadade eller saknade kopior / damaged or missing copies`,
        );
        for (const p of summary.problems) {
          write(`  ${p.problem}: AIP ${p.aipId}, ${p.location}, ${p.path}`);
        }
      }
      return summary.damagedCopies > 0 ? 1 : 0;
    }),
  );
}

export async function storageRepairCommand(opts: StorageOptions & { aip: string }): Promise<number> {
  const config = storageConfig(opts);
  return withStores(config, (stores) =>
    withServiceContext(config.databaseUrl, async (ctx) => {
      const result = await repairAip({ ctx, stores, software: samarkivSoftware() }, opts.aip, null);
      const stillBad = result.after.filter((c) => c.state !== 'verified');
      if (opts.format === 'json') {
        write(JSON.stringify(result, null, 2));
      } else if (!result.source) {
        write(`Inget att laga / nothing to repair: every copy of ${opts.aip} is intact or unreadable`);
        for (const c of result.before) write(copyLine(c));
      } else {
        write(`Lagat från / repaired from ${result.source}:`);
        for (const r of result.repaired) write(`  ${r.location}: ${r.files} filer/files skrivna/written`);
        for (const c of result.after) write(copyLine(c));
      }
      return stillBad.length > 0 ? 1 : 0;
    }),
  );
}
