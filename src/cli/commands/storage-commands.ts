/** `samarkiv storage …`: fixity audit, repair of a damaged copy, cleanup of leftovers. */
import type { Command } from 'commander';
import { lazy } from '../lazy.ts';
import type { StorageAuditOptions, StorageOptions } from './storage-audit.ts';
import type { StorageCleanupOptions } from './storage-cleanup.ts';

const storageAuditCommand = lazy(() => import('./storage-audit.ts'), 'storageAuditCommand');
const storageRepairCommand = lazy(() => import('./storage-audit.ts'), 'storageRepairCommand');
const storageCleanupCommand = lazy(() => import('./storage-cleanup.ts'), 'storageCleanupCommand');

function common(cmd: Command): Command {
  return cmd
    .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
    .option('--data-dir <dir>', 'data folder (default SAMARKIV_DATA_DIR or var/samarkiv)')
    .option('--storage <locations>', 'comma-separated fs:<folder> / s3://… (default SAMARKIV_STORAGE)')
    .option('--format <format>', 'text | json', 'text');
}

export function addStorageCommands(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  const storage = program.command('storage').description('Storage locations: fixity audit, repair, cleanup');
  common(
    storage
      .command('audit')
      .description(
        'Read every copy of every AIP and compare it with its checksums; exit 1 when a copy is damaged or missing',
      )
      .option('--aip <id>', 'only this AIP')
      .option('--tenant <id>', "only this municipality's AIPs")
      .option('--sample <n>', 'at most n AIPs, those checked longest ago first (rolling audit)')
      .option('--older-than <duration>', 'only AIPs with a copy not checked for this long (12h, 30d)'),
  ).action((opts: StorageAuditOptions) => run(() => storageAuditCommand(opts)));
  common(
    storage
      .command('repair')
      .description('Restore the damaged copies of an AIP from a copy verified first')
      .requiredOption('--aip <id>', 'the AIP'),
  ).action((opts: StorageOptions & { aip: string }) => run(() => storageRepairCommand(opts)));
  common(
    storage
      .command('cleanup')
      .description('Remove leftovers of interrupted writes and abandoned uploads (each removal audited)')
      .option('--temp-grace <duration>', 'temporary files untouched this long (default 1h)')
      .option('--upload-age <duration>', 'uploads in quarantine untouched this long (default 7d)'),
  ).action((opts: StorageCleanupOptions) => run(() => storageCleanupCommand(opts)));
}
