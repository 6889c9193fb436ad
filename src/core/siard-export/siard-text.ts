/**
 * SIARD's text escaping (eCH-0165 §5.3, as SIARD Suite and DBPTK write it): characters XML 1.0
 * cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are written as `\uXXXX`, and
 * the backslash itself as `\u005C` so that an escape is never ambiguous. Carriage returns are
 * legal but XML parsers turn them into line feeds, so they are written as the reference `&#xD;`.
 * `unescapeSiard` reverses the backslash escapes after an XML parser has read the text.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"\\\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Escapes text for element content (and attribute values) of a SIARD table or metadata file. */
export function escapeSiard(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x22) out += '&quot;';
    else if (c === 0x5c) out += '\\u005C';
    else if (c === 0x0d) out += '&#xD;';
    else if (c === 0x09 || c === 0x0a) out += text[i];
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) out += hex4(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + (text[i + 1] as string);
        i++;
      } else out += hex4(c);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += hex4(c);
    else out += text[i];
  }
  return out;
}

/** Plain XML escaping for metadata text that is not database content. */
export function escapeXml(text: string): string {
  return escapeSiard(text);
}

/** Reverses escapeSiard's `\uXXXX` escapes (XML references were resolved by the parser). */
export function unescapeSiard(text: string): string {
  if (!text.includes('\\u')) return text;
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
