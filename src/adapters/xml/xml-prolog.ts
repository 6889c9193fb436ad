/**
 * Finds a document type declaration before any parser sees the document. A DOCTYPE can only stand
 * in the prolog, among the XML declaration, processing instructions, comments and white space, so
 * scanning those is enough; the scan stops at the first other markup. All prolog syntax is ASCII,
 * so UTF-8 and the other ASCII-compatible encodings are read byte by byte and UTF-16 one code unit
 * at a time; other encodings (UTF-32, EBCDIC) are caught after parsing by the caller's DTD check.
 */

type CharAt = (index: number) => number;

/** One ASCII code per character position; NON_ASCII for anything else. */
const NON_ASCII = -1;

function reader(bytes: Uint8Array): { at: CharAt; length: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { at: (i) => bytes[i + 3] ?? NON_ASCII, length: bytes.length - 3 };
  }
  const bomLength = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) ? 2 : 0;
  const littleEndian = (b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00);
  const bigEndian = (b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c);
  if (littleEndian || bigEndian) {
    const [lo, hi] = littleEndian ? [0, 1] : [1, 0];
    return {
      at: (i) => {
        const base = bomLength + 2 * i;
        return bytes[base + hi] === 0 ? (bytes[base + lo] ?? NON_ASCII) : NON_ASCII;
      },
      length: Math.floor((bytes.length - bomLength) / 2),
    };
  }
  return { at: (i) => bytes[i] ?? NON_ASCII, length: bytes.length };
}

function startsWith(at: CharAt, index: number, text: string, ignoreCase = false): boolean {
  for (let k = 0; k < text.length; k++) {
    let c = at(index + k);
    if (ignoreCase && c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c !== text.charCodeAt(k)) return false;
  }
  return true;
}

function indexOf(at: CharAt, length: number, text: string, from: number): number {
  for (let i = from; i + text.length <= length; i++) if (startsWith(at, i, text)) return i;
  return -1;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0d, 0x0a]);

/** What may stand before a DOCTYPE besides white space: declaration or processing instructions, comments. */
const PROLOG_ITEMS: readonly (readonly [string, string])[] = [
  ['<?', '?>'],
  ['<!--', '-->'],
];

/** True if the document declares a DTD (`<!DOCTYPE`, in any letter case) in its prolog. */
export function declaresDoctype(bytes: Uint8Array): boolean {
  const { at, length } = reader(bytes);
  let i = 0;
  for (;;) {
    while (i < length && WHITESPACE.has(at(i))) i++;
    const skip = PROLOG_ITEMS.find(([open]) => startsWith(at, i, open));
    if (!skip) return startsWith(at, i, '<!DOCTYPE', true);
    const [open, close] = skip;
    const end = indexOf(at, length, close, i + open.length);
    if (end < 0) return false; // unterminated: malformed, and the parser will say so
    i = end + close.length;
  }
}
