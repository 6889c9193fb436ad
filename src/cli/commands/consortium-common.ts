/** Shared bits of the consortium commands: the demo store, format checks, table layout. */
import { MemoryConsortiumStore } from '../../adapters/consortium/memory-consortium-store.ts';
import { archiveError } from '../../core/errors.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import { withServiceContext } from '../with-service-context.ts';

/** The CLI works on the demo data unless --database names an archive database. */
export function defaultStore(): ConsortiumStore {
  return new MemoryConsortiumStore();
}

/**
 * Runs a command on the archive database named by `--database` (sqlite:… or postgres://…), or on the
 * demo data without it. "Today" is then the system clock, as on the server.
 */
export async function withStore(
  opts: { readonly database?: string },
  command: (store: ConsortiumStore) => Promise<number>,
): Promise<number> {
  if (!opts.database) return command(defaultStore());
  const database = opts.database;
  return withServiceContext(database, (ctx) => {
    if (!ctx.consortiumId) throw archiveError('ARC_ERR_NOT_FOUND', `consortium in ${database}`);
    return command(new DatabaseConsortiumStore(ctx));
  });
}

export function checkFormat<F extends string>(format: string, allowed: readonly F[]): F {
  if (!(allowed as readonly string[]).includes(format))
    throw archiveError('ARC_ERR_USAGE', `--format ${format} (${allowed.join(' | ')})`);
  return format as F;
}

export function parseInteger(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw archiveError('ARC_ERR_USAGE', `${name} ${value} (${min}–${max})`);
  return n;
}

/** Columns whose body cells are all numbers are right-aligned, the others left-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  const numeric = widths.map((_, i) => rows.slice(1).every((r) => /^[−-]?[\d  ]+(,\d+)?$/.test(r[i] ?? '')));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? Number(v) : v), 2)}\n`);
}
