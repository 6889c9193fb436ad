/**
 * Use case `siard export`: a live database → one SIARD 2.2 file. Tables are streamed one after the
 * other from the source into their ZIP entries (never a whole table in memory; a source that
 * offers COPY text, PostgreSQL, is rendered from its bytes, ADR 0013); LOBs longer than the
 * inline limit become files inside the .siard with length and SHA-256 digest;
 * metadata.xml is written last, with the row counts just measured. The output appears under its
 * name only when complete (the writer renames a temporary file); on any failure nothing is left.
 */
import { createHash } from 'node:crypto';
import { archiveError } from '../core/errors.ts';
import type { DatabaseConnection } from '../core/siard-export/connection.ts';
import {
  qualifiedName,
  type Cell,
  type ColumnModel,
  type DatabaseModel,
  type TableModel,
} from '../core/siard-export/database-model.ts';
import {
  renderMetadataXml,
  schemaFolder,
  tableFolder,
  SIARD_VERSION,
  type ArchiveFacts,
} from '../core/siard-export/metadata-xml.ts';
import { parseCopyText } from '../core/siard-export/copy-text.ts';
import { CopyCellError, CopyXmlRenderer } from '../core/siard-export/copy-xml.ts';
import { escapeSiard } from '../core/siard-export/siard-text.ts';
import { isBinaryKind, isLobKind } from '../core/siard-export/sql-types.ts';
import { renderTableXsd, SIARD_TABLE_NS } from '../core/siard-export/table-xsd.ts';
import { encodeValue, lobBytes, ValueError } from '../core/siard-export/values.ts';
import type { SiardEntryStream, SiardFileWriter, SiardSourceDatabase } from '../ports/siard-database.ts';

/** LOB values up to this many bytes (or characters) stay inline in the table XML. */
export const DEFAULT_INLINE_LOB_LIMIT = 4000;
/** Table XML is handed to the ZIP writer in chunks of about this size. */
const CHUNK_CHARS = 256 * 1024;

export interface SiardExportRequest {
  readonly connection: DatabaseConnection;
  readonly out: string;
  readonly facts?: Partial<Omit<ArchiveFacts, 'producerApplication' | 'archivalDate'>>;
  readonly inlineLobLimit?: number;
}

export interface SiardExportDeps {
  openSource(connection: DatabaseConnection): Promise<SiardSourceDatabase>;
  createWriter(out: string): Promise<SiardFileWriter>;
  readonly software: { readonly name: string; readonly version: string };
  now(): Date;
  /** Called after each table, for progress output. */
  onTable?(info: { schema: string; table: string; rows: number }): void;
}

export interface SiardExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly schemas: number;
  readonly tables: number;
  readonly views: number;
  readonly rows: number;
  readonly lobFiles: number;
  readonly model: DatabaseModel;
}

const enc = new TextEncoder();

export async function exportSiard(
  req: SiardExportRequest,
  deps: SiardExportDeps,
): Promise<SiardExportResult> {
  const source = await deps.openSource(req.connection);
  let writer: SiardFileWriter | null = null;
  try {
    const model = await source.readModel();
    if (model.schemas.every((s) => s.tables.length === 0))
      throw archiveError('ARC_ERR_USAGE', `${req.connection.text} holds no tables to export`);
    writer = await deps.createWriter(req.out);
    writer.folder('header/');
    writer.folder('header/siardversion/');
    writer.folder(`header/siardversion/${SIARD_VERSION}/`);
    writer.folder('content/');
    const counts: number[][] = [];
    let lobFiles = 0;
    for (const [si, schema] of model.schemas.entries()) {
      counts.push([]);
      writer.folder(`content/${schemaFolder(si)}/`);
      for (const [ti, table] of schema.tables.entries()) {
        const folder = `content/${schemaFolder(si)}/${tableFolder(ti)}`;
        writer.folder(`${folder}/`);
        writer.buffer(`${folder}/${tableFolder(ti)}.xsd`, enc.encode(renderTableXsd(table.columns)));
        const result = await writeTable(
          source,
          writer,
          schema.name,
          table,
          folder,
          req.inlineLobLimit ?? DEFAULT_INLINE_LOB_LIMIT,
        );
        counts[si]?.push(result.rows);
        lobFiles += result.lobFiles;
        deps.onTable?.({ schema: schema.name, table: table.name, rows: result.rows });
      }
    }
    const now = deps.now();
    const facts: ArchiveFacts = {
      dataOwner: req.facts?.dataOwner ?? 'Not given (samarkiv siard export --data-owner)',
      dataOriginTimespan:
        req.facts?.dataOriginTimespan ?? 'Not given (samarkiv siard export --origin-timespan)',
      ...(req.facts?.description ? { description: req.facts.description } : {}),
      ...(req.facts?.archiver ? { archiver: req.facts.archiver } : {}),
      producerApplication: `${deps.software.name} ${deps.software.version}`,
      archivalDate: now.toISOString().slice(0, 10),
      connection: req.connection.text,
      ...(source.user ? { databaseUser: source.user } : {}),
    };
    writer.buffer('header/metadata.xml', enc.encode(renderMetadataXml(model, facts, counts)));
    const bytes = await writer.finish();
    writer = null;
    const tables = model.schemas.flatMap((s) => s.tables);
    return {
      path: req.out,
      bytes,
      schemas: model.schemas.length,
      tables: tables.length,
      views: model.schemas.reduce((n, s) => n + s.views.length, 0),
      rows: counts.flat().reduce((a, b) => a + b, 0),
      lobFiles,
      model,
    };
  } finally {
    if (writer) await writer.abort();
    await source.close();
  }
}

interface TableResult {
  readonly rows: number;
  readonly lobFiles: number;
}

async function writeTable(
  source: SiardSourceDatabase,
  writer: SiardFileWriter,
  schema: string,
  table: TableModel,
  folder: string,
  inlineLimit: number,
): Promise<TableResult> {
  const name = folder.split('/').pop() as string;
  const entry = writer.stream(`${folder}/${name}.xml`);
  if (source.readCopyText)
    return writeCopyTable(
      source.readCopyText(schema, table),
      entry,
      writer,
      schema,
      table,
      folder,
      inlineLimit,
    );
  const lobColumns = table.columns.some((c) => isLobKind(c.type.kind));
  const cells = new RowWriter(writer, table, folder, inlineLimit, schema);
  let parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?>\n<table xmlns="${SIARD_TABLE_NS}">\n`];
  let size = 0;
  const flush = async (stream: SiardEntryStream): Promise<void> => {
    await stream.write(Buffer.from(parts.join(''), 'utf8'));
    parts = [];
    size = 0;
  };
  for await (const batch of source.readRows(schema, table, { lobColumns })) {
    for (const row of batch) {
      // Rows without large LOBs render synchronously: no promise per row.
      const rendered = cells.row(row);
      const xml = typeof rendered === 'string' ? rendered : await rendered;
      parts.push(xml);
      size += xml.length;
      if (size >= CHUNK_CHARS) await flush(entry);
    }
  }
  parts.push('</table>\n');
  await flush(entry);
  await entry.end();
  return { rows: cells.rows, lobFiles: cells.lobFiles };
}

/** writeTable for a source that streams COPY text: rendered from bytes, LOB rows by RowWriter. */
async function writeCopyTable(
  batches: AsyncIterable<Buffer>,
  entry: SiardEntryStream,
  writer: SiardFileWriter,
  schema: string,
  table: TableModel,
  folder: string,
  inlineLimit: number,
): Promise<TableResult> {
  const renderer = new CopyXmlRenderer(table.columns, inlineLimit);
  const cells = new RowWriter(writer, table, folder, inlineLimit, schema);
  const bytes = table.columns.map((c) => isBinaryKind(c.type.kind));
  renderer.appendString(`<?xml version="1.0" encoding="UTF-8"?>\n<table xmlns="${SIARD_TABLE_NS}">\n`);
  for await (const batch of batches) {
    let at = 0;
    while (at < batch.length) {
      at = renderCopy(renderer, batch, at, schema, table);
      if (at >= batch.length) break;
      // A row with a LOB over the inline limit: decoded to cells, its LOBs written as files.
      const end = batch.indexOf(0x0a, at) + 1;
      const [row] = parseCopyText(batch.toString('utf8', at, end), table.columns.length, bytes);
      cells.rows = renderer.rows;
      renderer.appendString(await cells.row(row as Cell[]));
      renderer.rows = cells.rows;
      at = end;
    }
    if (renderer.size >= CHUNK_CHARS) await entry.write(renderer.take());
  }
  renderer.appendString('</table>\n');
  await entry.write(renderer.take());
  await entry.end();
  return { rows: renderer.rows, lobFiles: cells.lobFiles };
}

function renderCopy(
  renderer: CopyXmlRenderer,
  batch: Buffer,
  at: number,
  schema: string,
  table: TableModel,
): number {
  try {
    return renderer.render(batch, at);
  } catch (e) {
    if (!(e instanceof CopyCellError)) throw e;
    if (!(e.cause instanceof ValueError)) throw e.cause;
    const column = table.columns[e.column] as ColumnModel;
    throw archiveError(
      'ARC_ERR_SIARD_DB_VALUE_INVALID',
      qualifiedName(schema, table.name, column.name),
      e.row,
      e.message,
    );
  }
}

/** Renders rows of one table as SIARD row elements, moving large LOBs to files. */
class RowWriter {
  rows = 0;
  lobFiles = 0;
  private readonly lob: boolean[];

  constructor(
    private readonly writer: SiardFileWriter,
    private readonly table: TableModel,
    private readonly folder: string,
    private readonly inlineLimit: number,
    private readonly schema: string,
  ) {
    this.lob = table.columns.map((c) => isLobKind(c.type.kind));
  }

  row(row: readonly Cell[]): string | Promise<string> {
    this.rows++;
    const columns = this.table.columns;
    for (let i = 0; i < columns.length; i++) {
      const cell = row[i];
      if (this.lob[i] && cell !== null && cell !== undefined && lobSize(cell) > this.inlineLimit)
        return this.rowWithLobs(row);
    }
    let xml = '<row>';
    for (let i = 0; i < columns.length; i++) {
      const cell = row[i];
      if (cell === null || cell === undefined) continue;
      xml += this.inline(columns[i] as ColumnModel, cell, i + 1);
    }
    return `${xml}</row>\n`;
  }

  private async rowWithLobs(row: readonly Cell[]): Promise<string> {
    let xml = '<row>';
    const columns = this.table.columns;
    for (let i = 0; i < columns.length; i++) {
      const cell = row[i];
      if (cell === null || cell === undefined) continue;
      const column = columns[i] as ColumnModel;
      if (this.lob[i] && lobSize(cell) > this.inlineLimit)
        xml += await this.guard(column, () => this.lobFile(column, cell, i + 1, `c${i + 1}`));
      else xml += this.inline(column, cell, i + 1);
    }
    return `${xml}</row>\n`;
  }

  private inline(column: ColumnModel, cell: Exclude<Cell, null>, index: number): string {
    try {
      return `<c${index}>${escapeSiard(encodeValue(column.type, cell))}</c${index}>`;
    } catch (e) {
      throw this.valueError(column, e);
    }
  }

  private async guard(column: ColumnModel, work: () => Promise<string>): Promise<string> {
    try {
      return await work();
    } catch (e) {
      throw this.valueError(column, e);
    }
  }

  private valueError(column: ColumnModel, e: unknown): unknown {
    if (!(e instanceof ValueError)) return e;
    return archiveError(
      'ARC_ERR_SIARD_DB_VALUE_INVALID',
      qualifiedName(this.schema, this.table.name, column.name),
      this.rows,
      e.message,
    );
  }

  private async lobFile(
    column: ColumnModel,
    cell: Exclude<Cell, null>,
    index: number,
    tag: string,
  ): Promise<string> {
    const bytes = lobBytes(column.type, cell);
    const ext = column.type.kind === 'blob' ? 'bin' : column.type.kind === 'xml' ? 'xml' : 'txt';
    const name = `${this.folder}/lob${index}/record${this.rows}.${ext}`;
    await this.writer.lob(name, bytes);
    this.lobFiles++;
    const digest = createHash('sha256').update(bytes).digest('hex');
    const length =
      column.type.kind === 'blob'
        ? bytes.length
        : [...(cell instanceof Uint8Array ? Buffer.from(cell).toString('utf8') : String(cell))].length;
    return `<${tag} file="${escapeSiard(name)}" length="${length}" digestType="SHA-256" digest="${digest}"/>`;
  }
}

function lobSize(cell: Exclude<Cell, null>): number {
  if (cell instanceof Uint8Array) return cell.length;
  if (typeof cell === 'string') return cell.length;
  return 0;
}
