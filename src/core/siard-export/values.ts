/**
 * Cell values ⇄ the lexical forms of SIARD table files (XML Schema types): integers and decimals
 * exact as digit strings (never through a JS number), floats as xs:float/xs:double with INF and
 * NaN, dates and times ISO 8601 (years 0001–9999), booleans true/false, binary as hex. Drivers
 * hand over values in their own shape (a PostgreSQL text form, a SQLite number, a MySQL string);
 * each encoder accepts the shapes that occur and refuses the rest with a reason, which the export
 * turns into a coded error naming the table, column and row.
 */
import type { Cell } from './database-model.ts';
import type { SqlType } from './sql-types.ts';

export class ValueError extends Error {}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(\.\d+)?)(Z|[+-]\d{2}(:?\d{2})?(:\d{2})?)?$/;

const INT_RANGE: Record<string, readonly [bigint, bigint]> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

function text(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'bigint') return String(cell);
  throw new ValueError(`unexpected ${describe(cell)}`);
}

function describe(cell: Cell): string {
  if (cell instanceof Uint8Array) return `binary value of ${cell.length} bytes`;
  return `${typeof cell} value ${JSON.stringify(String(cell)).slice(0, 60)}`;
}

/** A finite JS number as a plain decimal string (no exponent), exactly as the number prints. */
export function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', exp] = m as unknown as [string, string, string, string, string];
  const digits = lead + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function integer(cell: Cell, kind: string): string {
  if (typeof cell === 'number' && !Number.isInteger(cell)) throw new ValueError(`${cell} is not an integer`);
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  const s = typeof cell === 'number' ? plainDecimal(cell) : text(cell);
  if (!INTEGER.test(s)) throw new ValueError(`"${s}" is not an integer`);
  const range = INT_RANGE[kind];
  const v = BigInt(s);
  if (range && (v < range[0] || v > range[1]))
    throw new ValueError(`${s} lies outside the range of ${kind.toUpperCase()}`);
  return v.toString();
}

function decimal(cell: Cell): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new ValueError(`${cell} cannot be stored as DECIMAL`);
    return plainDecimal(cell);
  }
  const s = text(cell);
  if (!DECIMAL.test(s))
    throw new ValueError(`"${s}" is not an exact decimal number (NaN and infinities have no DECIMAL form)`);
  return s;
}

function float(cell: Cell): string {
  if (typeof cell === 'number' || typeof cell === 'bigint') {
    const n = Number(cell);
    if (Number.isNaN(n)) return 'NaN';
    if (n === Infinity) return 'INF';
    if (n === -Infinity) return '-INF';
    return Object.is(n, -0) ? '-0' : String(n);
  }
  const s = text(cell);
  const lower = s.toLowerCase();
  if (lower === 'nan') return 'NaN';
  if (lower === 'infinity' || lower === 'inf' || lower === '+infinity') return 'INF';
  if (lower === '-infinity' || lower === '-inf') return '-INF';
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new ValueError(`"${s}" is not a number`);
  // Shortest form of the same binary value, so every driver's spelling of one number agrees.
  return float(Number(s));
}

function boolean(cell: Cell): string {
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const s = typeof cell === 'string' ? cell.trim().toLowerCase() : String(cell);
  if (['t', 'true', '1', 'y', 'yes', 'on'].includes(s)) return 'true';
  if (['f', 'false', '0', 'n', 'no', 'off'].includes(s)) return 'false';
  throw new ValueError(`"${s}" is not a boolean`);
}

function checkDate(date: string): void {
  const m = DATE.exec(date);
  if (!m)
    throw new ValueError(
      `"${date}" is not a date YYYY-MM-DD between 0001 and 9999 (BC dates and infinity cannot be stored)`,
    );
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (y < 1 || days === undefined || d < 1 || d > days)
    throw new ValueError(`"${date}" is not a valid calendar date`);
}

/** Time zone offsets as XML Schema writes them: Z or ±HH:MM. */
function zone(z: string | undefined): string {
  if (z === undefined || z === '') return '';
  if (z === 'Z' || /^[+-]00(:?00)?$/.test(z)) return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})?(:\d{2})?$/.exec(z);
  if (!m || (m[3] !== undefined && m[3] !== ':00'))
    throw new ValueError(`time zone offset "${z}" has seconds, which XML Schema cannot carry`);
  return `${m[1]}:${m[2] ?? '00'}`;
}

function date(cell: Cell): string {
  const s = text(cell);
  checkDate(s);
  return s;
}

function time(cell: Cell, withZone: boolean): string {
  const s = text(cell);
  const m = TIME.exec(s);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || Number(m[3]) > 59)
    throw new ValueError(`"${s}" is not a time of day HH:MM:SS`);
  if (m[1] === '24') throw new ValueError(`"${s}": 24:00:00 has no XML Schema form`);
  return `${m[1]}:${m[2]}:${m[3]}${m[4] ?? ''}${withZone ? zone(m[5]) || 'Z' : ''}`;
}

function timestamp(cell: Cell, withZone: boolean): string {
  const s = text(cell);
  const m = TIMESTAMP.exec(s);
  if (!m)
    throw new ValueError(
      `"${s}" is not a timestamp YYYY-MM-DD HH:MM:SS between 0001 and 9999 (BC and infinity cannot be stored)`,
    );
  checkDate(m[1] as string);
  const t = time(m[2] as string, false);
  const z = withZone ? zone(m[4]) || 'Z' : '';
  return `${m[1]}T${t}${z}`;
}

function binary(cell: Cell): string {
  if (cell instanceof Uint8Array)
    return Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength).toString('hex');
  if (typeof cell === 'string') return Buffer.from(cell, 'utf8').toString('hex');
  throw new ValueError(`unexpected ${describe(cell)}`);
}

function characters(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell instanceof Uint8Array) {
    const s = new TextDecoder('utf-8', { fatal: false }).decode(cell);
    return s;
  }
  return String(cell);
}

/**
 * The lexical form of a non-null cell for a column of type `t`. Binary kinds give hex; character
 * kinds give the text unescaped (the caller escapes it for XML with escapeSiard).
 */
export function encodeValue(t: SqlType, cell: Exclude<Cell, null>): string {
  switch (t.kind) {
    case 'smallint':
    case 'integer':
    case 'bigint':
      return integer(cell, t.kind);
    case 'decimal':
      return decimal(cell);
    case 'real':
    case 'double':
      return float(cell);
    case 'boolean':
      return boolean(cell);
    case 'date':
      return date(cell);
    case 'time':
      return time(cell, false);
    case 'timetz':
      return time(cell, true);
    case 'timestamp':
      return timestamp(cell, false);
    case 'timestamptz':
      return timestamp(cell, true);
    case 'binary':
    case 'varbinary':
    case 'blob':
      return binary(cell);
    case 'char':
    case 'varchar':
    case 'clob':
    case 'xml':
      return characters(cell);
  }
}

/** The bytes of a LOB cell as they go into a LOB file: UTF-8 for character LOBs. */
export function lobBytes(t: SqlType, cell: Exclude<Cell, null>): Uint8Array {
  if (t.kind === 'blob') {
    if (cell instanceof Uint8Array) return cell;
    if (typeof cell === 'string') return Buffer.from(cell, 'utf8');
    throw new ValueError(`unexpected ${describe(cell)}`);
  }
  return Buffer.from(characters(cell), 'utf8');
}

/** A value read from a SIARD table (already unescaped) → what the import binds for the database. */
export type ImportValue = null | string | number | boolean | Uint8Array;

export function decodeValue(t: SqlType, lexical: string): ImportValue {
  switch (t.kind) {
    case 'real':
    case 'double':
      if (lexical === 'INF') return Infinity;
      if (lexical === '-INF') return -Infinity;
      if (lexical === 'NaN') return NaN;
      return Number(lexical);
    case 'boolean':
      return lexical.trim() === 'true' || lexical.trim() === '1';
    case 'binary':
    case 'varbinary':
    case 'blob':
      return Buffer.from(lexical.trim(), 'hex');
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'decimal':
    case 'date':
    case 'time':
    case 'timetz':
    case 'timestamp':
    case 'timestamptz':
      return lexical.trim();
    default:
      return lexical;
  }
}
