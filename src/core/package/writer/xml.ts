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

/** Builds an indented XML document line by line. Element names are trusted constants. */
export class XmlBuilder {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly stack: string[] = [];

  open(name: string, attrs: XmlAttrs = []): this {
    this.lines.push(`${this.indent()}<${name}${attrString(attrs)}>`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error('XmlBuilder: close() without open()');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with text content (escaped), or empty when `text` is undefined. */
  leaf(name: string, attrs: XmlAttrs = [], text?: string): this {
    const a = attrString(attrs);
    this.lines.push(
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
    if (this.stack.length > 0) throw new Error(`XmlBuilder: unclosed <${this.stack.join('><')}>`);
    return this.lines.join('\n') + '\n';
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }
}
