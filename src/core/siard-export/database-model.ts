/**
 * A relational database as samarkiv exports it to SIARD and imports it back: schemas, tables with
 * typed columns, primary, candidate and foreign keys, and views (kept as metadata only). Adapters
 * read it from a live database; the metadata.xml renderer writes it; the import reads it back.
 */
import type { SqlType } from './sql-types.ts';

export interface ColumnModel {
  readonly name: string;
  readonly type: SqlType;
  /** The database's own type name (metadata.xml typeOriginal), e.g. `int8`, `varchar(200)`. */
  readonly typeOriginal: string;
  readonly nullable: boolean;
  readonly defaultValue?: string;
  readonly description?: string;
}

export interface KeyModel {
  readonly name: string;
  readonly columns: readonly string[];
}

export type ReferentialAction = 'CASCADE' | 'SET NULL' | 'SET DEFAULT' | 'RESTRICT' | 'NO ACTION';

export interface ForeignKeyModel {
  readonly name: string;
  readonly referencedSchema: string;
  readonly referencedTable: string;
  readonly references: readonly { readonly column: string; readonly referenced: string }[];
  readonly deleteAction?: ReferentialAction;
  readonly updateAction?: ReferentialAction;
}

export interface TableModel {
  readonly name: string;
  readonly description?: string;
  readonly columns: readonly ColumnModel[];
  readonly primaryKey?: KeyModel;
  readonly candidateKeys: readonly KeyModel[];
  readonly foreignKeys: readonly ForeignKeyModel[];
}

export interface ViewModel {
  readonly name: string;
  /** The view's query in the source database's dialect (metadata.xml queryOriginal). */
  readonly queryOriginal?: string;
  readonly description?: string;
  readonly columns: readonly ColumnModel[];
}

export interface SchemaModel {
  readonly name: string;
  readonly description?: string;
  readonly tables: readonly TableModel[];
  readonly views: readonly ViewModel[];
}

export interface DatabaseModel {
  readonly dbname: string;
  /** Product and version, e.g. "PostgreSQL 16.4". */
  readonly product: string;
  readonly schemas: readonly SchemaModel[];
}

/** One cell as a database driver hands it over; NULL is null. */
export type Cell = null | string | number | bigint | boolean | Uint8Array;

export const qualifiedName = (...parts: readonly string[]): string => parts.join('.');

/** The referential actions metadata.xml allows, from a database's spelling. */
export function referentialAction(value: string | null | undefined): ReferentialAction | undefined {
  const v = (value ?? '').trim().toUpperCase().replace(/_/g, ' ');
  const actions: readonly ReferentialAction[] = [
    'CASCADE',
    'SET NULL',
    'SET DEFAULT',
    'RESTRICT',
    'NO ACTION',
  ];
  return actions.find((a) => a === v);
}
