/**
 * Paths inside a package: the percent-encoding of xlink:href values, the root folder name derived
 * from the OBJID, and the checks on names the writer is asked to create.
 */
import { archiveError } from '../../errors.ts';

/**
 * Encodes a package-relative POSIX path as the relative URI that xlink:href carries (CSIP 5.2:
 * "a valid URI according to RFC 3986", no scheme). Every byte outside the RFC 3986 unreserved set
 * (A–Z a–z 0–9 - . _ ~) is percent-encoded from UTF-8, segment by segment, and `/` is kept.
 * This is stricter than encodeURIComponent (which leaves ! ' ( ) * alone) and never produces a
 * colon, so a first segment like `a:b` cannot be mistaken for a URI scheme.
 * decodeURIComponent reverses it exactly (test/writer/paths.test.ts checks the round trip).
 */
export function encodeHref(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/**
 * Characters that samarkiv's own package reader refuses in an entry name (see
 * src/adapters/package/entry-name.ts): C0/C1 controls and DEL, U+FFFD, the BOM and the bidirectional
 * controls. Also `/` and `\` (path separators on POSIX and Windows).
 */
function isUnsafeNameChar(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2f ||
    c === 0x5c ||
    (c >= 0xd800 && c <= 0xdfff) || // a lone surrogate (for…of yields pairs as one code point)
    c === 0xfffd ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

function percentEncodeChar(ch: string): string {
  return Array.from(
    new TextEncoder().encode(ch),
    (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/**
 * The root folder name for an OBJID (CSIPSTR2: folder name = OBJID; CSIP1 allows a character
 * mapping when the OBJID cannot be a folder name).
 *
 * Mapping rule: the folder name IS the OBJID, character for character, except that characters
 * that cannot appear in a portable file name are percent-encoded as UTF-8 `%XX` (upper-case hex):
 * `/` and `\`, control characters (C0, DEL, C1), U+FFFD, U+FEFF and the bidirectional controls, and
 * a colon in second position after an ASCII letter (`c:…` reads as a Windows drive). Everything
 * else is kept, including `:` in `urn:uuid:…`, so the usual OBJID maps to itself. `%` is not
 * escaped, so an OBJID that already contains `%XX` sequences maps ambiguously; samarkiv never
 * mints such an OBJID. The AIP spec's `:` → `+` convention (AIP22) applies to container *file*
 * names only and is not used for the folder.
 * An empty OBJID, `.` and `..` cannot name a folder and are refused.
 */
export function folderNameForObjid(objid: string): string {
  if (objid === '' || objid === '.' || objid === '..' || objid.trim() !== objid) {
    throw archiveError(
      'ARC_ERR_USAGE',
      `OBJID ${JSON.stringify(objid)} cannot be used as a package folder name`,
    );
  }
  let out = '';
  let i = 0;
  for (const ch of objid) {
    const c = ch.codePointAt(0) ?? 0;
    const driveColon = i === 1 && c === 0x3a && /^[A-Za-z]$/.test(out);
    out += isUnsafeNameChar(c) || driveColon ? percentEncodeChar(ch) : ch;
    i++;
  }
  if (new TextEncoder().encode(out).length > 255) {
    throw archiveError(
      'ARC_ERR_USAGE',
      `OBJID is too long for a folder name (255 bytes): ${objid.slice(0, 40)}…`,
    );
  }
  return out;
}

/** A representation folder name: one portable path segment (CSIPSTR10). */
export function checkRepresentationName(name: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(name)) {
    throw archiveError(
      'ARC_ERR_USAGE',
      `representation name ${JSON.stringify(name)} must be letters, digits, . _ - (e.g. rep1)`,
    );
  }
}

/**
 * Checks a relative path the writer is asked to create and returns it unchanged: POSIX separators,
 * no empty, `.` or `..` segments, no backslash, no characters the package reader would refuse.
 */
export function checkRelativePath(path: string): string {
  if (path === '' || path.startsWith('/') || path.endsWith('/')) {
    throw archiveError('ARC_ERR_PKG_ABSOLUTE_PATH', path);
  }
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..')
      throw archiveError('ARC_ERR_PKG_PATH_TRAVERSAL', path);
    for (const ch of segment) {
      const c = ch.codePointAt(0) ?? 0;
      if (c === 0x5c) throw archiveError('ARC_ERR_PKG_ABSOLUTE_PATH', path);
      if (isUnsafeNameChar(c)) throw archiveError('ARC_ERR_PKG_BAD_NAME', JSON.stringify(path));
    }
  }
  return path;
}

/** Joins package path parts with `/`, skipping empty parts. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}
