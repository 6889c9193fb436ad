import { archiveError } from '../../core/errors.ts';
import type { PackageLimits } from '../../ports/package-source.ts';

/**
 * Entry-name validation shared by the folder, ZIP and TAR readers, so that one hostile name is
 * refused with the same code whatever container it arrives in.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 without the silent U+FFFD substitution of Buffer#toString; `null` if invalid. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * C0/C1 controls and DEL; U+FFFD, which is what invalid UTF-8 turns into once something decoded it
 * leniently (folder names from readdir, PAX records); the BOM; and the bidirectional controls that
 * make "cod.exe" display as "exe.doc".
 */
function isForbiddenChar(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xfffd ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

function hasForbiddenChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (isForbiddenChar(name.charCodeAt(i))) return true;
  return false;
}

/** A name made safe to print in an error message or a terminal: forbidden characters escaped. */
export function printable(name: string): string {
  let out = '';
  for (const ch of name.length > 512 ? name.slice(0, 512) + '…' : name) {
    const c = ch.codePointAt(0) ?? 0;
    out += isForbiddenChar(c) ? `\\u{${c.toString(16)}}` : ch;
  }
  return out;
}

/**
 * True for `..` and for what Windows or Unicode compatibility folding turns into `..`: Win32 drops
 * trailing dots and spaces (".. ", "..."), and NFKC folds the fullwidth full stop (U+FF0E).
 */
function isParentSegment(segment: string): boolean {
  if (segment === '..') return true;
  const first = segment.charCodeAt(0);
  if (first < 0x80 && first !== 0x2e && first !== 0x20) return false; // fast path for ordinary names
  const folded = segment.normalize('NFKC');
  return /^[. ]+$/.test(folded) && folded.includes('..');
}

/**
 * Validates one entry name as stored in the container and returns its path segments, without the
 * empty and `.` segments that `./x`, `a//b` or a trailing `/` produce. An empty result means the
 * name denotes the container's top level itself (for example the `./` entry of a TAR).
 */
export function splitEntryName(name: string, limits: PackageLimits): string[] {
  if (hasForbiddenChar(name)) throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(name));
  if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw archiveError('ARC_ERR_PKG_ABSOLUTE_PATH', printable(name));
  }
  if (Buffer.byteLength(name) > limits.maxPathLength) {
    throw archiveError('ARC_ERR_PKG_PATH_TOO_LONG', printable(name), limits.maxPathLength);
  }
  const segments: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (isParentSegment(segment)) throw archiveError('ARC_ERR_PKG_PATH_TRAVERSAL', printable(name));
    segments.push(segment);
  }
  if (segments.length > limits.maxDepth) {
    throw archiveError('ARC_ERR_PKG_PATH_TOO_LONG', printable(name), limits.maxDepth);
  }
  return segments;
}
