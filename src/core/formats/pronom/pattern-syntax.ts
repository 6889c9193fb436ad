/**
 * Parses PRONOM byte-pattern text into elements: hex bytes (`4D5A`, `4d 5a`), quoted text
 * (`'Word.Document.'`), sets `[00:1F]`, `[!00]`, `[&01]`, `['6'-'7']`, wildcards `??`, gaps `{4}`,
 * `{2-8}`, `{3-*}`, alternatives `(a|b)` and the unbounded gap `*`, which splits the text into parts.
 *
 * Sets follow DROID: whatever is between the brackets describes ONE byte (DROID rewrites them into
 * byteseek sets), so `[0000:1000]` is the byte range 00–10 and `[!4001C8]` any byte but those.
 */
import type { Element, Unit } from './signature-model.ts';

export class PatternSyntaxError extends Error {}

const HEX = /^[0-9A-Fa-f]{2}/;

/** One byte: the table marks the values it accepts. */
function table(): Uint8Array {
  return new Uint8Array(256);
}

export const ANY_BYTE: Unit = { kind: 'class', table: table().fill(1) };

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos++;
  }
  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? '';
  }
  fail(what: string): never {
    throw new PatternSyntaxError(`${what} at ${this.pos} in "${this.text}"`);
  }
  hexByte(): number {
    this.skipSpace();
    const m = HEX.exec(this.text.slice(this.pos, this.pos + 2));
    if (!m) this.fail('expected a hex byte');
    this.pos += 2;
    return parseInt(m[0], 16);
  }
  quoted(): string {
    this.skipSpace();
    if (this.text[this.pos] !== "'") this.fail('expected a quote');
    const end = this.text.indexOf("'", this.pos + 1);
    if (end < 0) this.fail('unterminated text');
    const s = this.text.slice(this.pos + 1, end);
    this.pos = end + 1;
    return s;
  }
  number(): number {
    this.skipSpace();
    const m = /^\d+/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected a number');
    this.pos += m[0].length;
    return Number(m[0]);
  }
}

/** Text is matched byte for byte as Latin-1 code units, the way DROID's case-sensitive strings are. */
function textBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** A set member's single-byte value: a hex byte or one quoted character. */
function setValue(r: Reader): number {
  if (r.peek() === "'") {
    const s = r.quoted();
    if (s.length !== 1) r.fail('a set range needs single characters');
    return s.charCodeAt(0) & 0xff;
  }
  return r.hexByte();
}

function parseSet(r: Reader): Unit {
  r.pos++; // [
  const marks = table();
  let negate = false;
  if (r.peek() === '!') {
    negate = true;
    r.pos++;
  }
  while (r.peek() !== ']') {
    const c = r.peek();
    if (c === '') r.fail('unterminated set');
    if (c === '!') {
      r.pos++; // DROID drops a stray '!' inside a set
      continue;
    }
    if (c === '&' || c === '~') {
      r.pos++;
      const mask = r.hexByte();
      // &XX: all bits of the mask set; ~XX: any bit of the mask set (byteseek bitmasks).
      for (let b = 0; b < 256; b++) if (c === '&' ? (b & mask) === mask : (b & mask) !== 0) marks[b] = 1;
      continue;
    }
    if (c === "'" && r.text.indexOf("'", r.pos + 1) - r.pos > 2) {
      for (const byte of textBytes(r.quoted())) marks[byte] = 1;
      continue;
    }
    const lo = setValue(r);
    const sep = r.peek();
    if (sep === ':' || sep === '-') {
      r.pos++;
      const hi = setValue(r);
      for (let b = Math.min(lo, hi); b <= Math.max(lo, hi); b++) marks[b] = 1;
    } else marks[lo] = 1;
  }
  r.pos++; // ]
  if (negate) for (let b = 0; b < 256; b++) marks[b] = marks[b] ? 0 : 1;
  return { kind: 'class', table: marks };
}

function parseGap(r: Reader): Element | 'star' {
  r.pos++; // {
  const min = r.number();
  let max = min;
  if (r.peek() === '-') {
    r.pos++;
    if (r.peek() === '*') {
      r.pos++;
      max = Infinity;
    } else max = r.number();
  }
  if (r.peek() !== '}') r.fail('expected }');
  r.pos++;
  if (max === Infinity) return min === 0 ? 'star' : { kind: 'gap', min, max };
  if (max < min) r.fail('gap maximum below minimum');
  return { kind: 'gap', min, max };
}

/** Parses until `|`, `)` or the end; `*` closes a part (only allowed at top level). */
function parseParts(r: Reader, nested: boolean): Element[][] {
  const parts: Element[][] = [[]];
  let units: Unit[] = [];
  const current = (): Element[] => parts[parts.length - 1] as Element[];
  const flush = (): void => {
    if (units.length) current().push({ kind: 'units', units });
    units = [];
  };
  for (;;) {
    const c = r.peek();
    if (c === '' || (nested && (c === '|' || c === ')'))) break;
    if (c === "'") units.push({ kind: 'literal', bytes: textBytes(r.quoted()) });
    else if (c === '[') units.push(parseSet(r));
    else if (c === '?') {
      if (r.text[r.pos + 1] !== '?') r.fail('expected ??');
      r.pos += 2;
      units.push(ANY_BYTE);
    } else if (c === '{' || c === '*') {
      flush();
      const gap = c === '*' ? (r.pos++, 'star' as const) : parseGap(r);
      if (gap === 'star') {
        if (nested) r.fail('* inside alternatives');
        parts.push([]);
      } else if (gap.kind === 'gap' && gap.max === Infinity) {
        // {n-*}: a bounded minimum, then anything: a new part whose offset is the minimum.
        if (nested) r.fail('{n-*} inside alternatives');
        parts.push([{ kind: 'gap', min: gap.min, max: gap.min }]);
      } else current().push(gap);
    } else if (c === '(') {
      flush();
      r.pos++;
      const options: Element[][] = [];
      for (;;) {
        const [option] = parseParts(r, true);
        options.push(option ?? []);
        const next = r.peek();
        r.pos++;
        if (next === ')') break;
        if (next !== '|') r.fail('expected | or )');
      }
      current().push({ kind: 'alt', options });
    } else {
      const bytes: number[] = [];
      while (HEX.test(r.text.slice(r.pos, r.pos + 2))) {
        bytes.push(r.hexByte());
        r.skipSpace();
      }
      if (!bytes.length) r.fail(`unexpected "${c}"`);
      units.push({ kind: 'literal', bytes: Uint8Array.from(bytes) });
    }
  }
  flush();
  return parts;
}

/**
 * Parses a pattern. Returns its parts: more than one when the text has unbounded gaps (`*`),
 * each part a separate subsequence in DROID's terms.
 */
export function parsePattern(text: string): Element[][] {
  const r = new Reader(text);
  const parts = parseParts(r, false);
  if (r.peek() !== '') r.fail('unexpected text');
  return parts;
}

/** Parses a pattern that must not contain `*` (DROID's compiled sequences and fragments). */
export function parseBoundedPattern(text: string): Element[] {
  const parts = parsePattern(text);
  if (parts.length !== 1) throw new PatternSyntaxError(`unbounded gap in "${text}"`);
  return parts[0] as Element[];
}
