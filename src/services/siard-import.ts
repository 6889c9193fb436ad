/**
 * Use case `siard import`: a SIARD file → an empty SQLite or PostgreSQL database, so an archivist
 * can query a delivered database years later. metadata.xml gives the tables and keys; each table
 * file is streamed row by row (LOB files read from the SIARD file as their rows arrive) and
 * inserted in batches; foreign keys are added last; everything commits at once, so a failed
 * import leaves nothing behind in the target.
 */
import { archiveError } from '../core/errors.ts';
import type { DatabaseConnection } from '../core/siard-export/connection.ts';
import { readSiardMetadata, type SiardTableEntry } from '../core/siard-export/metadata-reader.ts';
import { unescapeSiard } from '../core/siard-export/siard-text.ts';
import { SiardRowReader, type RawCell } from '../core/siard-export/table-rows.ts';
import { decodeValue, type ImportValue } from '../core/siard-export/values.ts';
import { locateLob } from '../core/siard/lob-location.ts';
import type { SiardFileReader, SiardTargetDatabase } from '../ports/siard-database.ts';

const BATCH_ROWS = 1000;
const BATCH_BYTES = 32 * 1024 * 1024;

export interface SiardImportRequest {
  /** Path of the .siard file (also the label in messages). */
  readonly siard: string;
  readonly connection: DatabaseConnection;
}

export interface SiardImportDeps {
  openSiard(path: string): Promise<SiardFileReader>;
  openTarget(connection: DatabaseConnection): Promise<SiardTargetDatabase>;
  onTable?(info: { schema: string; table: string; rows: number }): void;
}

export interface SiardImportResult {
  readonly schemas: number;
  readonly tables: number;
  readonly rows: number;
}

async function readAll(reader: SiardFileReader, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of reader.read(name)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

export async function importSiard(
  req: SiardImportRequest,
  deps: SiardImportDeps,
): Promise<SiardImportResult> {
  const reader = await deps.openSiard(req.siard);
  try {
    if (!reader.names.has('header/metadata.xml'))
      throw archiveError('ARC_ERR_SIARD_FILE_INVALID', req.siard, 'header/metadata.xml is missing');
    const doc = readSiardMetadata(await readAll(reader, 'header/metadata.xml'), req.siard);
    const target = await deps.openTarget(req.connection);
    try {
      await target.assertEmpty(doc.schemas.map((s) => s.schema));
      for (const s of doc.schemas) await target.createTables(s.schema);
      let rows = 0;
      for (const s of doc.schemas)
        for (const entry of s.tables) {
          const n = await importTable(reader, target, req.siard, s.schema.name, entry, doc.lobFolder);
          rows += n;
          deps.onTable?.({ schema: s.schema.name, table: entry.table.name, rows: n });
        }
      for (const s of doc.schemas) await target.addForeignKeys(s.schema);
      await target.commit();
      return {
        schemas: doc.schemas.length,
        tables: doc.schemas.reduce((n, s) => n + s.tables.length, 0),
        rows,
      };
    } finally {
      await target.close();
    }
  } finally {
    reader.close();
  }
}

async function importTable(
  reader: SiardFileReader,
  target: SiardTargetDatabase,
  siard: string,
  schema: string,
  entry: SiardTableEntry,
  archiveLobFolder: string | null,
): Promise<number> {
  const { table, folder } = entry;
  const xml = `${folder}/${folder.split('/').pop() as string}.xml`;
  if (!reader.names.has(xml)) throw archiveError('ARC_ERR_SIARD_FILE_INVALID', siard, `${xml} is missing`);
  const rowReader = new SiardRowReader(table.columns.length, `${siard}!/${xml}`);
  let batch: ImportValue[][] = [];
  let bytes = 0;
  let count = 0;
  const decodeRow = async (raw: RawCell[]): Promise<ImportValue[]> => {
    count++;
    const out: ImportValue[] = [];
    for (const [i, cell] of raw.entries()) {
      const column = table.columns[i];
      if (cell === null || !column) out.push(null);
      else if (typeof cell === 'string') out.push(decodeValue(column.type, unescapeSiard(cell)));
      else {
        const data = await readLob(reader, siard, cell.file, entry, i, archiveLobFolder, count);
        bytes += data.length;
        out.push(column.type.kind === 'blob' ? data : data.toString('utf8'));
      }
    }
    return out;
  };
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await target.insertRows(schema, table, batch);
    batch = [];
    bytes = 0;
  };
  const take = async (rows: RawCell[][]): Promise<void> => {
    for (const raw of rows) {
      batch.push(await decodeRow(raw));
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    }
  };
  for await (const chunk of reader.read(xml)) await take(rowReader.write(chunk));
  await take(rowReader.end());
  await flush();
  if (entry.rows !== null && entry.rows !== count)
    throw archiveError(
      'ARC_ERR_SIARD_FILE_INVALID',
      siard,
      `${xml} holds ${count} rows, metadata.xml says ${entry.rows}`,
    );
  return count;
}

async function readLob(
  reader: SiardFileReader,
  siard: string,
  file: string,
  entry: SiardTableEntry,
  column: number,
  archiveLobFolder: string | null,
  row: number,
): Promise<Buffer> {
  const location = locateLob(file, {
    siardPath: 'db.siard',
    tableFolder: entry.folder,
    archiveLobFolder,
    columnLobFolder: entry.lobFolders[column] ?? null,
  });
  const where = `${entry.table.name} row ${row}, c${column + 1}`;
  if (location.kind !== 'internal')
    throw archiveError(
      'ARC_ERR_SIARD_FILE_INVALID',
      siard,
      `${where}: the LOB ${file} is ${location.kind === 'external' ? 'stored outside the SIARD file, which import does not follow' : location.reason.en}`,
    );
  const name = location.candidates.find((c) => reader.names.has(c));
  if (name === undefined)
    throw archiveError('ARC_ERR_SIARD_FILE_INVALID', siard, `${where}: the LOB file ${file} is missing`);
  return readAll(reader, name);
}
