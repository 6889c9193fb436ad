/**
 * The ordered list of migrations. Static, not a directory scan: a missing file is a compile error,
 * not a silently skipped migration. Names sort in the order they run.
 */
import type { Migration } from 'kysely';
import type { DatabaseCapabilities } from '../capabilities.ts';
import { initialMigration } from './0001-initial.ts';
import { deliveryControlMigration } from './0002-delivery-control.ts';
import { approvalMigration } from './0004-approval.ts';
import { preservationMigration } from './0003-preservation.ts';
import { consortiumMigration } from './0005-consortium.ts';
import { searchSpeedMigration } from './0006-search-speed.ts';
import { storageAuditMigration } from './0007-storage-audit.ts';
import { searchTermsMigration } from './0008-search-terms.ts';
import { rateLimitsMigration } from './0009-rate-limits.ts';

export function migrations(caps: DatabaseCapabilities): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(caps),
    '0002-delivery-control': deliveryControlMigration,
    '0003-preservation': preservationMigration,
    '0004-approval': approvalMigration,
    '0005-consortium': consortiumMigration,
    '0006-search-speed': searchSpeedMigration(caps),
    '0007-storage-audit': storageAuditMigration,
    '0008-search-terms': searchTermsMigration(caps),
    '0009-rate-limits': rateLimitsMigration,
  };
}
