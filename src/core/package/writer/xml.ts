/**
 * XML escaping and a small indenting builder for the documents the writer generates (METS, PREMIS,
 * EAD). Output is UTF-8 XML 1.0; characters XML 1.0 cannot carry at all are refused, never dropped.
 */
import { archiveError } from '../../errors.ts';

/** Attributes in document order; `undefined` values are left out. */
export type XmlAttrs = readonly (readonly [name: string, value: string | number | undefined])[];

// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the u flag a valid surrogate pair is one code point, so only lone surrogates match.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function checkChars(s: string): void {
  const bad = NOT_XML_CHAR.exec(s);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    throw archiveError(
      'ARC_ERR_USAGE',
      `character U+${code.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML`,
    );
  }
}

/** Escapes element text; a carriage return becomes a reference, since parsers fold a literal CR into LF. */
export function escapeText(s: string): string {
  checkChars(s);
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/** Escapes an attribute value for double quotes; tab and line breaks become references so they survive normalisation. */
export function escapeAttr(s: string): string {
  checkChars(s);
  return s.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

function attrString(attrs: XmlAttrs): string {
  let out = '';
  for (const [name, value] of attrs) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/** Lines joined into one part at a time: a METS or PREMIS of 100,000 files has millions. */
const LINES_PER_PART = 4096;
/** Size of each UTF-8 part of a document built for toBytes(). */
const BYTE_PART = 1024 * 1024;
/** UTF-16 units of lines gathered for one encodeInto. */
const PENDING_TEXT = 16 * 1024;
const utf8 = new TextEncoder();
const INDENTS: string[] = [];

/** Builds an indented XML document line by line. Element names are trusted constants. */
export class XmlBuilder {
  private lines: string[] = [];
  /**
   * Finished parts of the document: text for toString(), or for toBytes() UTF-8 encoded straight
   * into 1 MiB buffers, about 16 KB of lines per encodeInto. Millions of small line strings (and the ropes of their
   * template literals) cost several times their text in heap, and joining them before encoding
   * cost most of the time of writing a 180 MB PREMIS (docs/adr/0014).
   */
  private readonly parts: string[] = [];
  private readonly byteParts: Uint8Array[] = [];
  private chunk = new Uint8Array(0);
  private used = 0;
  /** Lines not yet encoded. */
  private pendingText = '';
  private readonly stack: string[] = [];
  private readonly bytes: boolean;
  /** Indentation of the outermost element: 0 for a document, more for a fragment (see raw()). */
  private readonly depth: number;

  /** `fragmentDepth`: a fragment without XML declaration, to go into a document at that depth. */
  constructor(options: { bytes?: boolean; fragmentDepth?: number } = {}) {
    this.bytes = options.bytes ?? false;
    this.depth = options.fragmentDepth ?? 0;
    if (options.fragmentDepth === undefined) this.push('<?xml version="1.0" encoding="UTF-8"?>');
  }

  /**
   * Puts a fragment's UTF-8 parts here as they are (a bytes builder only): elements rendered
   * earlier, by a builder made with the `fragmentDepth` of this place.
   */
  raw(parts: readonly Uint8Array[]): this {
    if (!this.bytes) throw new Error('XmlBuilder: raw() needs a builder made for toBytes()');
    this.endPart();
    this.byteParts.push(...parts);
    return this;
  }

  private push(line: string): void {
    if (this.bytes) {
      this.encode(`${line}\n`);
      return;
    }
    this.lines.push(line);
    if (this.lines.length >= LINES_PER_PART) this.endPart();
  }

  /** A call of encodeInto per line cost more than the encoding (PREMIS of 100,000 files: 1.5 s, gathered 0.9 s). */
  private encode(text: string): void {
    this.pendingText += text;
    if (this.pendingText.length >= PENDING_TEXT) this.encodePending();
  }
  /** Encodes into the current part; one UTF-16 unit never takes more than 3 bytes of UTF-8. */
  private encodePending(): void {
    const text = this.pendingText;
    this.pendingText = '';
    if (this.chunk.length - this.used < text.length * 3) {
      if (this.used > 0) this.byteParts.push(this.chunk.subarray(0, this.used));
      this.chunk = new Uint8Array(Math.max(BYTE_PART, text.length * 3));
      this.used = 0;
    }
    this.used += utf8.encodeInto(text, this.chunk.subarray(this.used)).written;
  }

  private endPart(): void {
    if (this.bytes) {
      this.encodePending();
      if (this.used > 0) this.byteParts.push(this.chunk.subarray(0, this.used));
      this.chunk = new Uint8Array(0);
      this.used = 0;
      return;
    }
    if (this.lines.length === 0) return;
    this.parts.push(`${this.lines.join('\n')}\n`);
    this.lines = [];
  }

  open(name: string, attrs: XmlAttrs = []): this {
    this.push(`${this.indent()}<${name}${attrString(attrs)}>`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error('XmlBuilder: close() without open()');
    this.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with text content (escaped), or empty when `text` is undefined. */
  leaf(name: string, attrs: XmlAttrs = [], text?: string): this {
    const a = attrString(attrs);
    this.push(
      text === undefined
        ? `${this.indent()}<${name}${a}/>`
        : `${this.indent()}<${name}${a}>${escapeText(text)}</${name}>`,
    );
    return this;
  }

  /** Shorthand for an element holding only text. */
  text(name: string, text: string): this {
    return this.leaf(name, [], text);
  }

  toString(): string {
    this.finish();
    if (this.bytes) throw new Error('XmlBuilder: built for toBytes()');
    return this.parts.join('');
  }

  /** The document as UTF-8 parts, in order (for a builder made with `{ bytes: true }`). */
  toBytes(): Uint8Array[] {
    this.finish();
    if (!this.bytes) throw new Error('XmlBuilder: built for toString()');
    return this.byteParts;
  }

  private finish(): void {
    if (this.stack.length > 0) throw new Error(`XmlBuilder: unclosed <${this.stack.join('><')}>`);
    this.endPart();
  }

  private indent(): string {
    const depth = this.depth + this.stack.length;
    return (INDENTS[depth] ??= '  '.repeat(depth));
  }
}
