/**
 * What SIARD export and import need of a relational database, one adapter per backend
 * (src/adapters/siard-db/{sqlite,postgres,mysql}/). Read side: the schema as a DatabaseModel with
 * SQL:2008 types already mapped, and the rows of one table as batches streamed from a server-side
 * cursor, so no table is ever held in memory. Write side (import): tables without foreign keys,
 * rows in batches, then the foreign keys once the data is in.
 */
import type { Cell, DatabaseModel, SchemaModel, TableModel } from '../core/siard-export/database-model.ts';
import type { ImportValue } from '../core/siard-export/values.ts';

export interface SiardSourceDatabase {
  /** The schema; throws ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED for a column it cannot map. */
  readModel(): Promise<DatabaseModel>;
  /**
   * Rows of one table in batches, columns in the model's order. `lobColumns` tells the adapter
   * that rows may be large, so it fetches fewer at a time.
   */
  readRows(
    schema: string,
    table: TableModel,
    options: { readonly lobColumns: boolean },
  ): AsyncIterable<readonly (readonly Cell[])[]>;
  /**
   * PostgreSQL only: the same rows as COPY text (UTF-8, whole lines, tab-separated, `\N` for
   * NULL) in batches, which the export renders to XML without a JS value per cell.
   */
  readCopyText?(schema: string, table: TableModel): AsyncIterable<Buffer>;
  /** The user the connection runs as, when known (metadata.xml databaseUser). */
  readonly user?: string;
  close(): Promise<void>;
}

export interface SiardTargetDatabase {
  /** Refuses (ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY) when a table or view of these schemas exists. */
  assertEmpty(schemas: readonly SchemaModel[]): Promise<void>;
  /** Creates the schema (where the backend has schemas) and its tables with primary and candidate keys. */
  createTables(schema: SchemaModel): Promise<void>;
  /** Inserts rows; values are in column order and already decoded from SIARD. */
  insertRows(schema: string, table: TableModel, rows: readonly (readonly ImportValue[])[]): Promise<void>;
  /** Creates a view from SQL the target understands (the generators' views; SIARD views are metadata only). */
  createView?(schema: string, name: string, query: string): Promise<void>;
  /** Adds the foreign keys after all data is in, so load order does not matter. */
  addForeignKeys(schema: SchemaModel): Promise<void>;
  /** Commits the import (everything happens in one transaction where the backend allows). */
  commit(): Promise<void>;
  close(): Promise<void>;
}

/** One streamed ZIP entry: chunks go in with backpressure; end() before the next entry starts. */
export interface SiardEntryStream {
  write(chunk: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

/**
 * Writes a .siard file (ZIP, ZIP64 when needed) under a temporary name beside the output;
 * `finish` renames it into place, `abort` removes every trace, so no half-written file is ever
 * found under the output name.
 */
export interface SiardFileWriter {
  folder(name: string): void;
  buffer(name: string, data: Uint8Array): void;
  stream(name: string): SiardEntryStream;
  /** A LOB file: kept on disk until the current streamed entry is done, then added and removed. */
  lob(name: string, data: Uint8Array): Promise<void>;
  /** Completes the ZIP and renames it to the output; returns its size in bytes. */
  finish(): Promise<number>;
  abort(): Promise<void>;
}

/** A .siard file opened for reading (import): its entry names and a way to stream one entry. */
export interface SiardFileReader {
  readonly names: ReadonlySet<string>;
  read(name: string): AsyncIterable<Uint8Array>;
  close(): void;
}
