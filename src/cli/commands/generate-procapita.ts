/**
 * `samarkiv generate procapita --out <sqlite:file|postgres://…> [--rows N] [--seed S]`: fills an
 * empty SQLite file or PostgreSQL database with the Procapita-like social-care test database
 * (src/services/generate/procapita/), the input for `siard export` demos, tests and benchmarks.
 */
import { openTargetDatabase } from '../../adapters/siard-db/open-database.ts';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import { parseConnection } from '../../core/siard-export/connection.ts';
import { generateProcapita } from '../../services/generate/procapita/generate-procapita.ts';

export interface GenerateProcapitaCommandOptions {
  out: string;
  rows: string;
  seed: string;
}

function positive(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw archiveError('ARC_ERR_GENERATE_OPTION', `${name} ${value} (an integer ≥ ${min})`);
  return n;
}

export async function generateProcapitaCommand(opts: GenerateProcapitaCommandOptions): Promise<number> {
  try {
    const rows = positive(opts.rows, '--rows', 100);
    const seed = positive(opts.seed, '--seed', 0);
    const connection = parseConnection(opts.out);
    const started = Date.now();
    const target = await openTargetDatabase(connection);
    try {
      const result = await generateProcapita({ rows, seed }, target);
      process.stdout.write(
        `Procapita test database written to ${connection.text}: ${result.tables} tables, ${result.rows} rows, ${result.clients} clients (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    } finally {
      await target.close();
    }
    return 0;
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    process.stderr.write(`${e.code}: ${e.message}\n`);
    return e.exitCode;
  }
}
