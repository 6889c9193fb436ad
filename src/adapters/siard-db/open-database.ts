/** Opens the export source or import target a parsed connection names, with the backend's adapter. */
import { archiveError } from '../../core/errors.ts';
import type { DatabaseConnection } from '../../core/siard-export/connection.ts';
import type { SiardSourceDatabase, SiardTargetDatabase } from '../../ports/siard-database.ts';
import { openMysqlSource } from './mysql/source.ts';
import { openPostgresSource } from './postgres/source.ts';
import { openPostgresTarget } from './postgres/target.ts';
import { openSqliteSource } from './sqlite/source.ts';
import { openSqliteTarget } from './sqlite/target.ts';

export async function openSourceDatabase(c: DatabaseConnection): Promise<SiardSourceDatabase> {
  switch (c.kind) {
    case 'sqlite':
      return openSqliteSource(c.file, c.text);
    case 'postgres':
      return openPostgresSource(c.url, c.text);
    case 'mysql':
      return openMysqlSource(c.url, c.text);
  }
}

export async function openTargetDatabase(c: DatabaseConnection): Promise<SiardTargetDatabase> {
  switch (c.kind) {
    case 'sqlite':
      return openSqliteTarget(c.file, c.text);
    case 'postgres':
      return openPostgresTarget(c.url, c.text);
    case 'mysql':
      throw archiveError(
        'ARC_ERR_SIARD_DB_CONNECTION_INVALID',
        `${c.text} (import writes to sqlite: or postgres:// targets; MariaDB/MySQL is an export source only)`,
      );
  }
}
