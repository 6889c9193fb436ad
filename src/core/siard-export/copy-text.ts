/**
 * PostgreSQL's COPY … TO STDOUT text format → cells. COPY writes one line per row, fields
 * separated by tabs, NULL as `\N`, and escapes backslash, tab, newline, carriage return and
 * \b \f \v with a backslash (octal and \x forms are decoded too, though COPY TO never writes them).
 * Values are the types' text output under the session settings, exactly what a query in text
 * mode returns, so the export's value rules apply unchanged; bytea (hex output `\x…`) becomes bytes.
 */
import type { Cell } from './database-model.ts';

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** Decodes one field's backslash escapes (the field is not `\N`). */
export function unescapeCopyField(field: string): string {
  if (!field.includes('\\')) return field;
  let out = '';
  for (let i = 0; i < field.length; i++) {
    const c = field[i] as string;
    if (c !== '\\' || i + 1 >= field.length) {
      out += c;
      continue;
    }
    const next = field[++i] as string;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) out += simple;
    else if (isOctal(next)) {
      let digits = next;
      while (digits.length < 3 && isOctal(field[i + 1])) digits += field[++i];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (next === 'x' && isHex(field[i + 1])) {
      let digits = field[++i] as string;
      if (isHex(field[i + 1])) digits += field[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += next;
  }
  return out;
}

/** bytea in hex output, `\x…`, whose backslash COPY doubled. */
function hexBytes(field: string): Buffer {
  const text = field.startsWith('\\\\x') ? field.slice(3) : unescapeCopyField(field).slice(2);
  return Buffer.from(text, 'hex');
}

/**
 * Splits COPY text (whole lines, each ending in a newline) into rows of `width` cells; columns
 * flagged in `bytes` (bytea) are decoded from hex to bytes. Throws on a line of the wrong width.
 */
export function parseCopyText(text: string, width: number, bytes: readonly boolean[]): Cell[][] {
  const lines = text.split('\n');
  const rows: Cell[][] = new Array<Cell[]>(lines.length - 1);
  for (let r = 0; r < lines.length - 1; r++) {
    const fields: Cell[] = (lines[r] as string).split('\t');
    if (fields.length !== width)
      throw new Error(`COPY row ${r + 1} has ${fields.length} fields, expected ${width}`);
    for (let i = 0; i < width; i++) {
      const f = fields[i] as string;
      if (f === '\\N') fields[i] = null;
      else if (bytes[i]) fields[i] = hexBytes(f);
      else if (f.includes('\\')) fields[i] = unescapeCopyField(f);
    }
    rows[r] = fields;
  }
  return rows;
}
