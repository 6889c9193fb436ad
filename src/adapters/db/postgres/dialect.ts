/** PostgreSQL through pg's pool. int8 (counts, sizes) is parsed to a JS number: values stay < 2^53. */
import pg from 'pg';
import { PostgresDialect, type Dialect } from 'kysely';

pg.types.setTypeParser(20, (value: string) => Number(value));

export function postgresDialect(url: string, maxConnections = 10): Dialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: maxConnections }) });
}
