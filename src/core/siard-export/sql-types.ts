/**
 * The SQL:2008 predefined types samarkiv writes to SIARD 2.2 (metadata.xsd predefinedTypeType),
 * as a small model: one kind per value encoding, with length, precision and scale where the type
 * has them. `sqlTypeName` renders the type for metadata.xml, `parseSqlType` reads it back for import.
 */

export type TypeKind =
  | 'boolean'
  | 'smallint'
  | 'integer'
  | 'bigint'
  | 'decimal'
  | 'real'
  | 'double'
  | 'char'
  | 'varchar'
  | 'clob'
  | 'xml'
  | 'binary'
  | 'varbinary'
  | 'blob'
  | 'date'
  | 'time'
  | 'timetz'
  | 'timestamp'
  | 'timestamptz';

export interface SqlType {
  readonly kind: TypeKind;
  /** CHAR/VARCHAR/BINARY/VARBINARY length. */
  readonly length?: number;
  /** DECIMAL precision (absent: unconstrained) and scale. */
  readonly precision?: number;
  readonly scale?: number;
  /** Fractional seconds of TIME/TIMESTAMP. */
  readonly fraction?: number;
}

/** Kinds whose values may be stored as LOB files inside the SIARD file. */
export function isLobKind(kind: TypeKind): kind is 'clob' | 'xml' | 'blob' {
  return kind === 'clob' || kind === 'xml' || kind === 'blob';
}

export function isBinaryKind(kind: TypeKind): boolean {
  return kind === 'binary' || kind === 'varbinary' || kind === 'blob';
}

export function sqlTypeName(t: SqlType): string {
  const len = t.length !== undefined ? `(${t.length})` : '';
  const frac = (zeroAllowed: boolean): string =>
    t.fraction === undefined || (t.fraction === 0 && !zeroAllowed) ? '' : `(${t.fraction})`;
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
      if (t.precision === undefined) return 'DECIMAL';
      return `DECIMAL(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ''})`;
    case 'real':
      return 'REAL';
    case 'double':
      return 'DOUBLE PRECISION';
    case 'char':
      return `CHARACTER${len}`;
    case 'varchar':
      return `CHARACTER VARYING${len}`;
    case 'clob':
      return 'CHARACTER LARGE OBJECT';
    case 'xml':
      return 'XML';
    case 'binary':
      return `BINARY${len}`;
    case 'varbinary':
      return `BINARY VARYING${len}`;
    case 'blob':
      return 'BINARY LARGE OBJECT';
    case 'date':
      return 'DATE';
    case 'time':
      return `TIME${frac(false)}`;
    case 'timetz':
      return `TIME WITH TIME ZONE${frac(false)}`;
    case 'timestamp':
      return `TIMESTAMP${frac(true)}`;
    case 'timestamptz':
      return `TIMESTAMP WITH TIME ZONE${frac(true)}`;
  }
}

const ARGS = String.raw`(?:\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?`;
const LOB_ARGS = String.raw`(?:\s*\(\s*\d+(?:\s*[KMG])?\s*\))?`;

const PATTERNS: readonly [RegExp, TypeKind][] = [
  [/^BOOLEAN$/, 'boolean'],
  [/^SMALLINT$/, 'smallint'],
  [/^(INTEGER|INT)$/, 'integer'],
  [/^BIGINT$/, 'bigint'],
  [new RegExp(`^(NUMERIC|DECIMAL|DEC)${ARGS}$`), 'decimal'],
  [/^REAL$/, 'real'],
  [new RegExp(`^(DOUBLE PRECISION|FLOAT)${ARGS}$`), 'double'],
  [new RegExp(`^(CHARACTER|CHAR|NATIONAL CHARACTER|NATIONAL CHAR|NCHAR)${ARGS}$`), 'char'],
  [
    new RegExp(
      `^(CHARACTER VARYING|CHAR VARYING|VARCHAR|NATIONAL CHARACTER VARYING|NATIONAL CHAR VARYING|NCHAR VARYING)${ARGS}$`,
    ),
    'varchar',
  ],
  [
    new RegExp(
      `^(CHARACTER LARGE OBJECT|CLOB|NATIONAL CHARACTER LARGE OBJECT|NCHAR LARGE OBJECT|NCLOB)${LOB_ARGS}$`,
    ),
    'clob',
  ],
  [/^XML$/, 'xml'],
  [new RegExp(`^(BINARY)${ARGS}$`), 'binary'],
  [new RegExp(`^(BINARY VARYING|VARBINARY)${ARGS}$`), 'varbinary'],
  [new RegExp(`^(BINARY LARGE OBJECT|BLOB)${LOB_ARGS}$`), 'blob'],
  [/^DATE$/, 'date'],
  [new RegExp(`^(TIME)${ARGS}$`), 'time'],
  [new RegExp(`^(TIME WITH TIME ZONE)${ARGS}$`), 'timetz'],
  [new RegExp(`^(TIMESTAMP)${ARGS}$`), 'timestamp'],
  [new RegExp(`^(TIMESTAMP WITH TIME ZONE)${ARGS}$`), 'timestamptz'],
];

/** Reads a metadata.xml `type` back into the model; null for types samarkiv does not import. */
export function parseSqlType(name: string): SqlType | null {
  const t = name.trim().toUpperCase().replace(/\s+/g, ' ');
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const a = m[2] === undefined ? undefined : Number(m[2]);
    const b = m[3] === undefined ? undefined : Number(m[3]);
    switch (kind) {
      case 'decimal':
        return {
          kind,
          ...(a !== undefined ? { precision: a } : {}),
          ...(b !== undefined ? { scale: b } : a !== undefined ? { scale: 0 } : {}),
        };
      case 'double':
        return { kind };
      case 'char':
      case 'varchar':
      case 'binary':
      case 'varbinary':
        return { kind, ...(a !== undefined ? { length: a } : {}) };
      case 'time':
      case 'timetz':
      case 'timestamp':
      case 'timestamptz':
        return { kind, ...(a !== undefined ? { fraction: a } : {}) };
      default:
        return { kind };
    }
  }
  return null;
}
