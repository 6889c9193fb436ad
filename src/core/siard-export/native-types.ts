/**
 * Native column types of PostgreSQL, SQLite and MariaDB/MySQL → SQL:2008 (for export), and
 * SQL:2008 → the DDL type of PostgreSQL and SQLite (for import). A native type without a faithful
 * SQL:2008 form gives null; the export then refuses the column with ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED
 * rather than writing values an archivist could not read back. docs/siard.md has the full table.
 */
import type { SqlType, TypeKind } from './sql-types.ts';

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function args(t: string): { base: string; a?: number; b?: number } {
  const m = /^([^(]*[^(\s])\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*(.*)$/.exec(t);
  if (!m) return { base: t };
  const base = `${m[1] as string}${m[4] ? ` ${m[4]}` : ''}`.trim();
  const a = num(m[2]);
  const b = num(m[3]);
  return { base, ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) };
}

const simple = (kind: TypeKind): SqlType => ({ kind });

/** PostgreSQL `format_type(atttypid, atttypmod)` → SQL:2008. */
export function fromPostgres(formatted: string): SqlType | null {
  const { base, a, b } = args(formatted.trim().toLowerCase());
  const len = (kind: TypeKind): SqlType => ({ kind, ...(a !== undefined ? { length: a } : {}) });
  const frac = (kind: TypeKind): SqlType => ({ kind, fraction: a ?? 6 });
  switch (base) {
    case 'boolean':
      return simple('boolean');
    case 'smallint':
      return simple('smallint');
    case 'integer':
      return simple('integer');
    case 'bigint':
      return simple('bigint');
    case 'numeric':
      return a === undefined ? simple('decimal') : { kind: 'decimal', precision: a, scale: b ?? 0 };
    case 'real':
      return simple('real');
    case 'double precision':
      return simple('double');
    case 'character':
      return { kind: 'char', length: a ?? 1 };
    case 'character varying':
      return a === undefined ? simple('clob') : len('varchar');
    case 'text':
    case 'json':
    case 'jsonb':
    case 'citext':
      return simple('clob');
    case 'uuid':
      return { kind: 'char', length: 36 };
    case 'xml':
      return simple('xml');
    case 'bytea':
      return simple('blob');
    case 'date':
      return simple('date');
    case 'time without time zone':
      return frac('time');
    case 'time with time zone':
      return frac('timetz');
    case 'timestamp without time zone':
      return frac('timestamp');
    case 'timestamp with time zone':
      return frac('timestamptz');
    default:
      return null;
  }
}

/** SQLite declared column type → SQL:2008 (by name, as SQLite's own affinity rules read it). */
export function fromSqlite(declared: string): SqlType | null {
  const { base, a, b } = args(declared.trim().toUpperCase().replace(/\s+/g, ' '));
  const len = (kind: TypeKind): SqlType => ({ kind, ...(a !== undefined ? { length: a } : {}) });
  switch (base) {
    case 'BOOLEAN':
    case 'BOOL':
      return simple('boolean');
    case 'SMALLINT':
    case 'INT2':
    case 'TINYINT':
      return simple('smallint');
    case 'INTEGER':
    case 'INT':
    case 'BIGINT':
    case 'INT8':
    case 'MEDIUMINT':
    case 'UNSIGNED BIG INT':
      // SQLite integers are 64-bit whatever the declaration says.
      return simple('bigint');
    case 'DECIMAL':
    case 'NUMERIC':
    case 'DECIMAL_TEXT':
      return a === undefined ? simple('decimal') : { kind: 'decimal', precision: a, scale: b ?? 0 };
    case 'REAL':
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
    case 'FLOAT':
      return simple('double');
    case 'CHAR':
    case 'CHARACTER':
    case 'NCHAR':
    case 'NATIVE CHARACTER':
      return { kind: 'char', length: a ?? 1 };
    case 'VARCHAR':
    case 'NVARCHAR':
    case 'VARYING CHARACTER':
    case 'CHARACTER VARYING':
      return a === undefined ? simple('clob') : len('varchar');
    case 'TEXT':
    case 'CLOB':
    case 'JSON':
      return simple('clob');
    case 'XML':
    case 'XML_TEXT':
      return simple('xml');
    case 'BLOB':
      return simple('blob');
    case 'BINARY':
      return len('binary');
    case 'VARBINARY':
      return len('varbinary');
    case 'DATE':
      return simple('date');
    case 'TIME':
      return { kind: 'time', ...(a !== undefined ? { fraction: a } : {}) };
    case 'TIME WITH TIME ZONE':
    case 'TIMETZ':
      return { kind: 'timetz', ...(a !== undefined ? { fraction: a } : {}) };
    case 'DATETIME':
    case 'TIMESTAMP':
      return { kind: 'timestamp', ...(a !== undefined ? { fraction: a } : {}) };
    case 'TIMESTAMP WITH TIME ZONE':
    case 'TIMESTAMPTZ':
      return { kind: 'timestamptz', ...(a !== undefined ? { fraction: a } : {}) };
    default:
      return null;
  }
}

/** MariaDB/MySQL information_schema COLUMN_TYPE → SQL:2008. */
export function fromMysql(columnType: string): SqlType | null {
  const t = columnType.trim().toLowerCase();
  const enumValues = /^(enum|set)\((.*)\)$/.exec(t);
  if (enumValues) {
    const values = [...(enumValues[2] as string).matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1] as string);
    const longest = Math.max(1, ...values.map((v) => v.length));
    return { kind: 'varchar', length: enumValues[1] === 'set' ? values.join(',').length || 1 : longest };
  }
  const { base, a, b } = args(t.replace(/ zerofill$/, ''));
  const unsigned = base.endsWith(' unsigned');
  const name = base.replace(/ unsigned$/, '');
  switch (name) {
    case 'tinyint':
    case 'year':
      return simple('smallint');
    case 'smallint':
      return simple(unsigned ? 'integer' : 'smallint');
    case 'mediumint':
      return simple('integer');
    case 'int':
    case 'integer':
      return simple(unsigned ? 'bigint' : 'integer');
    case 'bigint':
      return unsigned ? { kind: 'decimal', precision: 20, scale: 0 } : simple('bigint');
    case 'decimal':
    case 'numeric':
      return { kind: 'decimal', precision: a ?? 10, scale: b ?? 0 };
    case 'float':
      return simple('real');
    case 'double':
    case 'double precision':
    case 'real':
      return simple('double');
    case 'char':
      return { kind: 'char', length: a ?? 1 };
    case 'varchar':
      return { kind: 'varchar', length: a ?? 1 };
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext':
    case 'json':
      return simple('clob');
    case 'binary':
      return { kind: 'binary', length: a ?? 1 };
    case 'varbinary':
      return { kind: 'varbinary', length: a ?? 1 };
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
      return simple('blob');
    case 'date':
      return simple('date');
    case 'time':
      return { kind: 'time', ...(a ? { fraction: a } : {}) };
    case 'datetime':
      return { kind: 'timestamp', fraction: a ?? 0 };
    case 'timestamp':
      return { kind: 'timestamptz', fraction: a ?? 0 };
    default:
      return null;
  }
}

/** SQL:2008 → PostgreSQL DDL type. */
export function toPostgres(t: SqlType): string {
  switch (t.kind) {
    case 'boolean':
      return 'boolean';
    case 'smallint':
      return 'smallint';
    case 'integer':
      return 'integer';
    case 'bigint':
      return 'bigint';
    case 'decimal':
      return t.precision === undefined ? 'numeric' : `numeric(${t.precision},${t.scale ?? 0})`;
    case 'real':
      return 'real';
    case 'double':
      return 'double precision';
    case 'char':
      return `character(${t.length ?? 1})`;
    case 'varchar':
      return t.length === undefined ? 'text' : `character varying(${t.length})`;
    case 'clob':
      return 'text';
    case 'xml':
      return 'xml';
    case 'binary':
    case 'varbinary':
    case 'blob':
      return 'bytea';
    case 'date':
      return 'date';
    case 'time':
      return `time(${Math.min(t.fraction ?? 0, 6)}) without time zone`;
    case 'timetz':
      return `time(${Math.min(t.fraction ?? 0, 6)}) with time zone`;
    case 'timestamp':
      return `timestamp(${Math.min(t.fraction ?? 6, 6)}) without time zone`;
    case 'timestamptz':
      return `timestamp(${Math.min(t.fraction ?? 6, 6)}) with time zone`;
  }
}

/**
 * SQL:2008 → SQLite declared type. Names are chosen so SQLite's affinity keeps values exact:
 * DECIMAL becomes DECIMAL_TEXT(p,s) (text affinity: NUMERIC affinity would round to a double) and
 * XML becomes XML_TEXT; fromSqlite reads both back.
 */
export function toSqlite(t: SqlType): string {
  const len = t.length !== undefined ? `(${t.length})` : '';
  const frac = t.fraction !== undefined ? `(${t.fraction})` : '';
  switch (t.kind) {
    case 'boolean':
      return 'BOOLEAN';
    case 'smallint':
      return 'SMALLINT';
    case 'integer':
      return 'INTEGER';
    case 'bigint':
      return 'BIGINT';
    case 'decimal':
      return t.precision === undefined ? 'DECIMAL_TEXT' : `DECIMAL_TEXT(${t.precision},${t.scale ?? 0})`;
    case 'real':
      return 'REAL';
    case 'double':
      return 'DOUBLE PRECISION';
    case 'char':
      return `CHARACTER${len}`;
    case 'varchar':
      return `VARCHAR${len}`;
    case 'clob':
      return 'TEXT';
    case 'xml':
      return 'XML_TEXT';
    case 'binary':
      return `BINARY${len}`;
    case 'varbinary':
      return `VARBINARY${len}`;
    case 'blob':
      return 'BLOB';
    case 'date':
      return 'DATE';
    case 'time':
      return `TIME${frac}`;
    case 'timetz':
      return `TIME WITH TIME ZONE${frac}`;
    case 'timestamp':
      return `TIMESTAMP${frac}`;
    case 'timestamptz':
      return `TIMESTAMP WITH TIME ZONE${frac}`;
  }
}
