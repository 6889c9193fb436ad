/**
 * Renders header/metadata.xml of a SIARD 2.2 file (metadata-2.2 schema, element order as the XSD
 * requires) from the exported database model and the row counts the export measured.
 */
import type {
  ColumnModel,
  DatabaseModel,
  ForeignKeyModel,
  KeyModel,
  TableModel,
  ViewModel,
} from './database-model.ts';
import { escapeXml } from './siard-text.ts';
import { sqlTypeName } from './sql-types.ts';

export const SIARD_METADATA_NS = 'http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd';
export const SIARD_VERSION = '2.2';

export interface ArchiveFacts {
  readonly description?: string;
  readonly archiver?: string;
  readonly dataOwner: string;
  readonly dataOriginTimespan: string;
  readonly producerApplication: string;
  /** YYYY-MM-DD */
  readonly archivalDate: string;
  readonly databaseUser?: string;
  readonly connection?: string;
}

/** Row counts by schema index, then table index. */
export type RowCounts = readonly (readonly number[])[];

export const schemaFolder = (i: number): string => `schema${i}`;
export const tableFolder = (i: number): string => `table${i}`;

class Out {
  private readonly parts: string[] = [];
  private depth = 0;
  open(name: string): void {
    this.parts.push(`${'  '.repeat(this.depth++)}<${name}>`);
  }
  close(name: string): void {
    this.parts.push(`${'  '.repeat(--this.depth)}</${name}>`);
  }
  leaf(name: string, value: string | number | boolean | undefined): void {
    if (value === undefined) return;
    this.parts.push(`${'  '.repeat(this.depth)}<${name}>${escapeXml(String(value))}</${name}>`);
  }
  raw(line: string): void {
    this.parts.push(`${'  '.repeat(this.depth)}${line}`);
  }
  indent(): void {
    this.depth++;
  }
  outdent(): void {
    this.depth--;
  }
  toString(): string {
    return this.parts.join('\n') + '\n';
  }
}

function columns(x: Out, cols: readonly ColumnModel[]): void {
  x.open('columns');
  for (const c of cols) {
    x.open('column');
    x.leaf('name', c.name);
    x.leaf('type', sqlTypeName(c.type));
    x.leaf('typeOriginal', c.typeOriginal);
    x.leaf('nullable', c.nullable);
    x.leaf('defaultValue', c.defaultValue);
    x.leaf('description', c.description);
    x.close('column');
  }
  x.close('columns');
}

function key(x: Out, element: string, k: KeyModel): void {
  x.open(element);
  x.leaf('name', k.name);
  for (const c of k.columns) x.leaf('column', c);
  x.close(element);
}

function foreignKey(x: Out, fk: ForeignKeyModel): void {
  x.open('foreignKey');
  x.leaf('name', fk.name);
  x.leaf('referencedSchema', fk.referencedSchema);
  x.leaf('referencedTable', fk.referencedTable);
  for (const r of fk.references) {
    x.open('reference');
    x.leaf('column', r.column);
    x.leaf('referenced', r.referenced);
    x.close('reference');
  }
  x.leaf('deleteAction', fk.deleteAction);
  x.leaf('updateAction', fk.updateAction);
  x.close('foreignKey');
}

function table(x: Out, t: TableModel, folder: string, rows: number): void {
  x.open('table');
  x.leaf('name', t.name);
  x.leaf('folder', folder);
  x.leaf('description', t.description);
  columns(x, t.columns);
  if (t.primaryKey) key(x, 'primaryKey', t.primaryKey);
  if (t.foreignKeys.length > 0) {
    x.open('foreignKeys');
    for (const fk of t.foreignKeys) foreignKey(x, fk);
    x.close('foreignKeys');
  }
  if (t.candidateKeys.length > 0) {
    x.open('candidateKeys');
    for (const k of t.candidateKeys) key(x, 'candidateKey', k);
    x.close('candidateKeys');
  }
  x.leaf('rows', rows);
  x.close('table');
}

function view(x: Out, v: ViewModel): void {
  x.open('view');
  x.leaf('name', v.name);
  x.leaf('queryOriginal', v.queryOriginal);
  x.leaf('description', v.description);
  columns(x, v.columns);
  x.close('view');
}

export function renderMetadataXml(db: DatabaseModel, facts: ArchiveFacts, rows: RowCounts): string {
  const x = new Out();
  x.raw('<?xml version="1.0" encoding="UTF-8"?>');
  x.raw(`<siardArchive xmlns="${SIARD_METADATA_NS}" version="${SIARD_VERSION}">`);
  x.indent();
  x.leaf('dbname', db.dbname);
  x.leaf('description', facts.description);
  x.leaf('archiver', facts.archiver);
  x.leaf('dataOwner', facts.dataOwner);
  x.leaf('dataOriginTimespan', facts.dataOriginTimespan);
  x.leaf('producerApplication', facts.producerApplication);
  x.leaf('archivalDate', facts.archivalDate);
  x.leaf('databaseProduct', db.product);
  x.leaf('connection', facts.connection);
  x.leaf('databaseUser', facts.databaseUser);
  x.open('schemas');
  db.schemas.forEach((s, si) => {
    x.open('schema');
    x.leaf('name', s.name);
    x.leaf('folder', schemaFolder(si));
    x.leaf('description', s.description);
    if (s.tables.length > 0) {
      x.open('tables');
      s.tables.forEach((t, ti) => table(x, t, tableFolder(ti), rows[si]?.[ti] ?? 0));
      x.close('tables');
    }
    if (s.views.length > 0) {
      x.open('views');
      for (const v of s.views) view(x, v);
      x.close('views');
    }
    x.close('schema');
  });
  x.close('schemas');
  if (facts.databaseUser) {
    x.open('users');
    x.open('user');
    x.leaf('name', facts.databaseUser);
    x.close('user');
    x.close('users');
  } else x.raw('<users/>');
  x.outdent();
  x.raw('</siardArchive>');
  return x.toString();
}
