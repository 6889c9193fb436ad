/**
 * PostgreSQL COPY text (UTF-8 bytes) → SIARD row XML (UTF-8 bytes), without making a JS string
 * of every value. Most PostgreSQL text forms already are the SIARD lexical form, so their bytes
 * are copied between the tags: integers and exact decimals (canonical digits), bytea (hex after
 * `\x`), dates, times and timestamps in ISO form (the space becomes T, UTC's +00 becomes Z), and
 * text without bytes that need escaping. Every other value (floats, zones other than UTC,
 * escaped or unusual text, values SIARD cannot hold) goes through the same encodeValue and
 * escapeSiard as any other source, so the output is byte for byte what that path writes. A row
 * with a LOB over the inline limit is left to the caller (it becomes a file, which is async).
 */
import type { Cell, ColumnModel } from './database-model.ts';
import { unescapeCopyField } from './copy-text.ts';
import { escapeSiard } from './siard-text.ts';
import { isLobKind, type TypeKind } from './sql-types.ts';
import { encodeValue } from './values.ts';

const TAB = 0x09;
const NL = 0x0a;
const BACKSLASH = 0x5c;
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** How a column's bytes are rendered when they qualify for copying. */
type Fast = 'digits' | 'decimal' | 'boolean' | 'hex' | 'text' | 'date' | 'time' | 'timestamp' | 'none';

const FAST: Partial<Record<TypeKind, Fast>> = {
  smallint: 'digits',
  integer: 'digits',
  bigint: 'digits',
  decimal: 'decimal',
  boolean: 'boolean',
  binary: 'hex',
  varbinary: 'hex',
  blob: 'hex',
  char: 'text',
  varchar: 'text',
  clob: 'text',
  xml: 'text',
  date: 'date',
  time: 'time',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
};

/** A value that failed encodeValue, with where it was (1-based row, 0-based column). */
export class CopyCellError extends Error {
  constructor(
    readonly column: number,
    readonly row: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const ascii = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const ROW_OPEN = ascii('<row>');
const ROW_CLOSE = ascii('</row>\n');
const TRUE = ascii('true');
const FALSE = ascii('false');
const Z = ascii('Z');

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= ZERO && b <= NINE;
}

export class CopyXmlRenderer {
  /** Rows rendered so far, the LOB rows the caller rendered included (it keeps this current). */
  rows = 0;
  private out: Buffer = Buffer.allocUnsafe(2 * 1024 * 1024);
  private pos = 0;
  private readonly open: Uint8Array[];
  private readonly close: Uint8Array[];
  private readonly fast: Fast[];
  private readonly withZone: boolean[];
  private readonly lob: boolean[];

  constructor(
    private readonly columns: readonly ColumnModel[],
    private readonly inlineLimit: number,
  ) {
    this.open = columns.map((_, i) => ascii(`<c${i + 1}>`));
    this.close = columns.map((_, i) => ascii(`</c${i + 1}>`));
    this.fast = columns.map((c) => FAST[c.type.kind] ?? 'none');
    this.withZone = columns.map((c) => c.type.kind === 'timestamptz');
    this.lob = columns.map((c) => isLobKind(c.type.kind));
  }

  /** Bytes rendered since the last take. */
  get size(): number {
    return this.pos;
  }

  /** Hands over the rendered bytes; the renderer continues in a fresh buffer. */
  take(): Buffer {
    const done = this.out.subarray(0, this.pos);
    this.out = Buffer.allocUnsafe(this.out.length);
    this.pos = 0;
    return done;
  }

  /** Appends XML the caller rendered (a row with LOB files). */
  appendString(xml: string): void {
    this.ensure(Buffer.byteLength(xml, 'utf8'));
    this.pos += this.out.write(xml, this.pos, 'utf8');
  }

  /**
   * Renders the whole lines of `batch` from `from` on. Returns batch.length when all are done,
   * or the start of the first line holding a LOB too long to inline, which the caller renders.
   */
  render(batch: Buffer, from: number): number {
    const width = this.columns.length;
    let at = from;
    while (at < batch.length) {
      const end = batch.indexOf(NL, at);
      if (end < 0) throw new Error('COPY data ends inside a row');
      if (this.hasLongLob(batch, at, end)) return at;
      this.rows++;
      this.ensure(ROW_OPEN.length);
      this.put(ROW_OPEN);
      let start = at;
      for (let i = 0; i < width; i++) {
        const tab = batch.indexOf(TAB, start);
        const last = i === width - 1;
        if (last ? tab >= 0 && tab < end : tab < 0 || tab > end)
          throw new Error(`COPY row ${this.rows} does not have ${width} fields`);
        const stop = last ? end : tab;
        if (!(stop - start === 2 && batch[start] === BACKSLASH && batch[start + 1] === 0x4e))
          this.cell(i, batch, start, stop);
        start = stop + 1;
      }
      this.ensure(ROW_CLOSE.length);
      this.put(ROW_CLOSE);
      at = end + 1;
    }
    return at;
  }

  /** Whether a LOB field of this line is longer than the inline limit (so it becomes a file). */
  private hasLongLob(batch: Buffer, at: number, end: number): boolean {
    if (end - at <= this.inlineLimit) return false;
    let start = at;
    for (let i = 0; i < this.columns.length; i++) {
      let stop = batch.indexOf(TAB, start);
      if (stop < 0 || stop > end) stop = end;
      // Bytes bound characters from above (hex: two per byte), so short fields stay inline.
      if (this.lob[i] && stop - start > this.inlineLimit) return true;
      start = stop + 1;
    }
    return false;
  }

  private cell(i: number, b: Buffer, start: number, stop: number): void {
    const open = this.open[i] as Uint8Array;
    const close = this.close[i] as Uint8Array;
    this.ensure(open.length + close.length + stop - start + 8);
    const mark = this.pos;
    this.put(open);
    if (!this.copied(i, b, start, stop)) {
      this.pos = mark;
      this.slow(i, b, start, stop);
      return;
    }
    this.put(close);
  }

  /** Copies the value's bytes when its text form already is the lexical form; false if not. */
  private copied(i: number, b: Buffer, start: number, stop: number): boolean {
    switch (this.fast[i]) {
      case 'digits':
        return this.copyIf(b, start, stop, isIntegerText(b, start, stop));
      case 'decimal':
        return this.copyIf(b, start, stop, isDecimalText(b, start, stop));
      case 'boolean':
        return this.copyBoolean(b, start, stop);
      case 'hex':
        return this.copyIf(b, start + 3, stop, isHexText(b, start, stop));
      case 'text':
        return this.copyIf(b, start, stop, isPlainText(b, start, stop));
      case 'date':
        return this.copyIf(b, start, stop, stop - start === 10 && isDate(b, start));
      case 'time':
        return this.copyIf(b, start, stop, isTime(b, start, stop));
      case 'timestamp':
        return this.copyTimestamp(b, start, stop, this.withZone[i] as boolean);
      default:
        return false;
    }
  }

  private copyIf(b: Buffer, start: number, stop: number, ok: boolean): boolean {
    if (!ok) return false;
    if (stop - start > 32) b.copy(this.out, this.pos, start, stop);
    else for (let k = start; k < stop; k++) this.out[this.pos + k - start] = b[k] as number;
    this.pos += stop - start;
    return true;
  }

  private copyBoolean(b: Buffer, start: number, stop: number): boolean {
    if (stop - start !== 1) return false;
    if (b[start] === 0x74) this.put(TRUE);
    else if (b[start] === 0x66) this.put(FALSE);
    else return false;
    return true;
  }

  /** `YYYY-MM-DD HH:MM:SS[.f]` (and `+00` with zone, as the session's UTC writes it). */
  private copyTimestamp(b: Buffer, start: number, stop: number, withZone: boolean): boolean {
    const body = withZone ? stop - 3 : stop;
    if (withZone && !(b[body] === 0x2b && b[body + 1] === ZERO && b[body + 2] === ZERO)) return false;
    if (body - start < 19 || b[start + 10] !== 0x20 || !isDate(b, start)) return false;
    if (!isTime(b, start + 11, body)) return false;
    this.copyIf(b, start, body, true);
    this.out[this.pos - (body - start) + 10] = 0x54;
    if (withZone) this.put(Z);
    return true;
  }

  /** The general path: decode the field to a string and encode it as any other source's cell. */
  private slow(i: number, b: Buffer, start: number, stop: number): void {
    const column = this.columns[i] as ColumnModel;
    const raw = b.toString('utf8', start, stop);
    let xml: string;
    try {
      const cell: Exclude<Cell, null> =
        this.fast[i] === 'hex' ? hexCell(raw) : raw.includes('\\') ? unescapeCopyField(raw) : raw;
      xml = escapeSiard(encodeValue(column.type, cell));
    } catch (e) {
      throw new CopyCellError(i, this.rows, e);
    }
    const open = this.open[i] as Uint8Array;
    const close = this.close[i] as Uint8Array;
    this.ensure(open.length + close.length + Buffer.byteLength(xml, 'utf8'));
    this.put(open);
    this.pos += this.out.write(xml, this.pos, 'utf8');
    this.put(close);
  }

  private put(bytes: Uint8Array): void {
    for (let k = 0; k < bytes.length; k++) this.out[this.pos + k] = bytes[k] as number;
    this.pos += bytes.length;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.pos + n));
    this.out.copy(bigger, 0, 0, this.pos);
    this.out = bigger;
  }
}

function hexCell(raw: string): Buffer {
  const text = unescapeCopyField(raw);
  return Buffer.from(text.startsWith('\\x') ? text.slice(2) : text, 'hex');
}

/** PostgreSQL's integer output: optional minus, digits (already canonical). */
function isIntegerText(b: Buffer, start: number, stop: number): boolean {
  let k = b[start] === DASH ? start + 1 : start;
  // Leading zeros and -0 are not canonical (BigInt would rewrite them): the general path decides.
  if (k >= stop || (b[k] === ZERO && (stop - k > 1 || k > start))) return false;
  for (; k < stop; k++) if (!isDigit(b[k])) return false;
  return true;
}

/** numeric's finite output: optional minus, digits, optional point and digits (no NaN, Infinity). */
function isDecimalText(b: Buffer, start: number, stop: number): boolean {
  let k = b[start] === DASH ? start + 1 : start;
  if (k >= stop || !isDigit(b[k])) return false;
  let point = false;
  for (; k < stop; k++) {
    const c = b[k];
    if (c === DOT && !point) point = true;
    else if (!isDigit(c)) return false;
  }
  return true;
}

/** bytea hex output as COPY writes it: `\\x` and lowercase hex digits. */
function isHexText(b: Buffer, start: number, stop: number): boolean {
  if (stop - start < 3 || b[start] !== BACKSLASH || b[start + 1] !== BACKSLASH || b[start + 2] !== 0x78)
    return false;
  if ((stop - start - 3) % 2 !== 0) return false;
  for (let k = start + 3; k < stop; k++) {
    const c = b[k] as number;
    if (!((c >= ZERO && c <= NINE) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/**
 * Text that needs neither COPY unescaping nor SIARD escaping: no backslash, & < > ", no control
 * bytes, and no EF lead byte (which would start U+FFFE/U+FFFF); valid UTF-8 otherwise passes as it is.
 */
function isPlainText(b: Buffer, start: number, stop: number): boolean {
  for (let k = start; k < stop; k++) {
    const c = b[k] as number;
    if (c < 0x20 || c === BACKSLASH || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0xef)
      return false;
  }
  return true;
}

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const TIME_DIGITS = [0, 1, 3, 4, 6, 7] as const;

/** `YYYY-MM-DD` at start, year 0001–9999 (BC dates carry a suffix and fail the length checks). */
function isDate(b: Buffer, start: number): boolean {
  for (const k of DATE_DIGITS) if (!isDigit(b[start + k])) return false;
  if (b[start + 4] !== DASH || b[start + 7] !== DASH) return false;
  return !(b[start] === ZERO && b[start + 1] === ZERO && b[start + 2] === ZERO && b[start + 3] === ZERO);
}

/** `HH:MM:SS[.digits]` exactly, hours 00–23. */
function isTime(b: Buffer, start: number, stop: number): boolean {
  if (stop - start < 8 || stop - start === 9) return false;
  for (const k of TIME_DIGITS) if (!isDigit(b[start + k])) return false;
  if (b[start + 2] !== COLON || b[start + 5] !== COLON) return false;
  if (b[start] === 0x32 && (b[start + 1] as number) >= 0x34) return false;
  if ((b[start] as number) > 0x32) return false;
  if (stop - start > 8 && b[start + 8] !== DOT) return false;
  for (let k = start + 9; k < stop; k++) if (!isDigit(b[k])) return false;
  return true;
}
