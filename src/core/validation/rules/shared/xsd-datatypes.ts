/**
 * Lexical checks of the XML Schema 1.0 datatypes the METS schema gives its attributes, for the
 * requirements that say "datetime", "size" or "identifier": xs:dateTime (CREATED, CREATEDATE,
 * LASTMODDATE), xs:long (SIZE), xs:ID (ID, as an NCName), and the media-type syntax of MIMETYPE.
 * Values whose schema type collapses whitespace (xs:dateTime, xs:long, xs:ID) are trimmed first,
 * as a schema validator does; MIMETYPE is an xs:string, so its value is taken as written.
 */

const DATE_TIME = /^(-?)(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** xs:dateTime: the lexical form with each field in range (month, day of month, 24:00:00, ±14:00). */
export function isXsDateTime(raw: string): boolean {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) return false;
  const [, sign, y = '', mo = '', d = '', h = '', mi = '', s = '', frac = '', tz] = m;
  if ((y.length > 4 && y.startsWith('0')) || /^0+$/.test(y)) return false; // no year 0000 in XSD 1.0
  const year = Number(`${sign}${y}`);
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (Number(d) < 1 || Number(d) > daysInMonth(year, month)) return false;
  const endOfDay = h === '24' && mi === '00' && s === '00' && /^\.?0*$/.test(frac);
  if ((Number(h) > 23 && !endOfDay) || Number(mi) > 59 || Number(s) > 59) return false;
  if (tz && tz !== 'Z') {
    const [th, tm] = [Number(tz.slice(1, 3)), Number(tz.slice(4, 6))];
    if (tm > 59 || th > 14 || (th === 14 && tm !== 0)) return false;
  }
  return true;
}

/** True when an xs:dateTime carries a time zone (so two values can be ordered on one time line). */
export function hasTimeZone(raw: string): boolean {
  return /(Z|[+-]\d{2}:\d{2})$/.test(raw.trim());
}

const LONG_MAX = 2n ** 63n - 1n;

/** A size in bytes: an xs:long that is not negative (CSIP27/41/54, CSIP69); null otherwise. */
export function parseSize(raw: string): bigint | null {
  const t = raw.trim();
  if (!/^\+?\d+$/.test(t)) return null;
  const n = BigInt(t);
  return n > LONG_MAX ? null : n;
}

/** XML 1.0 (5th ed.) NameStartChar without ':' — the first character of an xs:NCName. */
function isNameStart(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 NameChar without ':'. */
function isNameChar(c: number): boolean {
  return (
    isNameStart(c) ||
    c === 0x2d ||
    c === 0x2e ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0xb7 ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x203f && c <= 0x2040)
  );
}

/** xs:NCName, the lexical space of xs:ID. */
export function isNCName(raw: string): boolean {
  if (ASCII_NCNAME.test(raw)) return true; // the common case, without a code point array per ID
  const chars = Array.from(raw.trim(), (ch) => ch.codePointAt(0) ?? 0);
  return chars.length > 0 && isNameStart(chars[0] as number) && chars.every(isNameChar);
}

const ASCII_NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** RFC 6838 restricted-name for type and subtype; RFC 2045 tokens or quoted strings in parameters. */
const RESTRICTED_NAME = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
const TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
const MEDIA_TYPE = new RegExp(
  `^${RESTRICTED_NAME}/${RESTRICTED_NAME}(?:\\s*;\\s*${TOKEN}=(?:${TOKEN}|"[^"]*"))*$`,
);

/** A media type such as `text/xml` or `application/xml; charset=UTF-8` (CSIP26/40/53, CSIP68). */
export function isMediaType(raw: string): boolean {
  return MEDIA_TYPE.test(raw);
}
