/**
 * `samarkiv siard export --from <connection> --out <db.siard>` and
 * `samarkiv siard import <db.siard> --to <connection>`: SIARD 2.2 from and back into relational
 * databases (docs/siard.md). The export is checked with the archive's own SIARD checks before the
 * command reports success, so what it wrote is known to pass delivery control.
 */
import { resolve } from 'node:path';
import { checkStandaloneSiard } from '../../adapters/siard-db/check-siard.ts';
import { openSourceDatabase, openTargetDatabase } from '../../adapters/siard-db/open-database.ts';
import { createSiardFileWriter } from '../../adapters/siard-db/siard-file-writer.ts';
import { openSiardFileReader } from '../../adapters/siard-db/siard-file-reader.ts';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import { parseConnection } from '../../core/siard-export/connection.ts';
import { exportSiard } from '../../services/siard-export.ts';
import { importSiard } from '../../services/siard-import.ts';
import { VERSION } from '../version.ts';

export interface SiardExportOptions {
  from: string;
  out: string;
  dataOwner?: string;
  originTimespan?: string;
  description?: string;
  inlineLobLimit?: string;
  compression?: string;
  check?: boolean;
  quiet?: boolean;
}

function report(e: unknown): number {
  if (!isArchiveError(e)) throw e;
  process.stderr.write(`${e.code}: ${e.message}\n`);
  return e.exitCode;
}

function integerOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw archiveError('ARC_ERR_USAGE', `${name} ${value} (an integer from ${min} to ${max})`);
  return n;
}

export async function siardExportCommand(opts: SiardExportOptions): Promise<number> {
  try {
    const connection = parseConnection(opts.from);
    const out = resolve(opts.out);
    const inlineLobLimit = integerOption(opts.inlineLobLimit, '--inline-lob-limit', 0, 1024 * 1024 * 1024);
    const level = integerOption(opts.compression, '--compression', 0, 9);
    const started = Date.now();
    const result = await exportSiard(
      {
        connection,
        out,
        facts: {
          ...(opts.dataOwner ? { dataOwner: opts.dataOwner } : {}),
          ...(opts.originTimespan ? { dataOriginTimespan: opts.originTimespan } : {}),
          ...(opts.description ? { description: opts.description } : {}),
        },
        ...(inlineLobLimit !== undefined ? { inlineLobLimit } : {}),
      },
      {
        openSource: openSourceDatabase,
        createWriter: (o) => createSiardFileWriter(o, level !== undefined ? { compressionLevel: level } : {}),
        software: { name: 'samarkiv', version: VERSION },
        now: () => new Date(),
        ...(opts.quiet
          ? {}
          : { onTable: (t) => process.stderr.write(`  ${t.schema}.${t.table}: ${t.rows} rows\n`) }),
      },
    );
    const seconds = (Date.now() - started) / 1000;
    const lines = [
      `SIARD 2.2 written: ${result.path}`,
      `  ${result.schemas} schema(s), ${result.tables} tables, ${result.views} views, ${result.rows} rows, ${result.lobFiles} LOB files, ${result.bytes} bytes in ${seconds.toFixed(1)} s`,
    ];
    if (opts.check !== false) {
      const check = await checkStandaloneSiard(out);
      if (check.problems.length > 0) {
        process.stdout.write(lines.join('\n') + '\n');
        for (const p of check.problems.slice(0, 20)) process.stderr.write(`  ${p.check}: ${p.en}\n`);
        return 1;
      }
      lines.push(
        check.notChecked.length === 0
          ? '  checked: passes samarkiv SAMARKIV-SIARD-1…9 (ZIP, layout, metadata.xml, table XSDs, rows, LOBs)'
          : `  checked, but not everything: ${check.notChecked.map((n) => n.en).join('; ')}`,
      );
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    return report(e);
  }
}

export async function siardImportCommand(
  file: string,
  opts: { to: string; quiet?: boolean },
): Promise<number> {
  try {
    const connection = parseConnection(opts.to);
    const result = await importSiard(
      { siard: resolve(file), connection },
      {
        openSiard: openSiardFileReader,
        openTarget: openTargetDatabase,
        ...(opts.quiet
          ? {}
          : { onTable: (t) => process.stderr.write(`  ${t.schema}.${t.table}: ${t.rows} rows\n`) }),
      },
    );
    process.stdout.write(
      `SIARD imported into ${connection.text}: ${result.schemas} schema(s), ${result.tables} tables, ${result.rows} rows\n`,
    );
    return 0;
  } catch (e) {
    return report(e);
  }
}
