/**
 * Where the file an ERMS `appendix/@path` names may be in the package. standards.md §8: the path
 * is relative to the representation's `data/` folder; the XSD documents it as `file:///path/to/file`.
 * Exports from real case-management systems vary, so the candidates are tried in this order and the
 * first that exists wins (the first is the one reported when none exists):
 *   1. the representation's data folder        (`doc.pdf`, `file:///doc.pdf`)
 *   2. the representation folder               (`data/doc.pdf`)
 *   3. the folder of the ERMS file itself      (an ERMS file kept in metadata/descriptive/)
 *   4. the package root                        (`representations/rep1/data/doc.pdf`, FGS 1.x style)
 * A `file:` URI is percent-decoded (it is a URI); a plain path is taken literally. Backslashes
 * (Windows exports) count as separators. A path that climbs out of its base is no candidate there,
 * and any other URI scheme (http:, urn:) names nothing in the package.
 */

export interface PathCandidates {
  /** Package paths to try, in order, without duplicates. */
  readonly candidates: readonly string[];
  /** Why there is no candidate at all. */
  readonly problem?: 'empty' | 'not-a-package-path';
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Joins a relative path onto a base folder, resolving `.` and `..`; null when it climbs out. */
function join(base: string, relative: string): string | null {
  const parts = base ? base.split('/') : [];
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.length === 0 ? null : parts.join('/');
}

/** The relative forms a written path stands for: decoded and literal for file: URIs. */
function relativeForms(written: string): string[] | 'not-a-package-path' {
  // file:///x, file://./x and file:x all name x (leading slashes are dropped by the caller).
  const uri = /^file:(?:\/\/\.\/)?(.*)$/i.exec(written);
  if (uri) {
    const rest = uri[1] ?? '';
    let decoded = rest;
    try {
      decoded = decodeURIComponent(rest);
    } catch {
      // A malformed escape: only the literal form remains.
    }
    return [...new Set([decoded, rest])];
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(written)) return 'not-a-package-path';
  return [written];
}

/**
 * Candidates for `written` in representation `repFolder` (e.g. `representations/rep1`) whose ERMS
 * file is at `ermsPath` (package path).
 */
export function appendixCandidates(written: string, repFolder: string, ermsPath: string): PathCandidates {
  const trimmed = written.trim().replace(/\\/g, '/');
  if (!trimmed) return { candidates: [], problem: 'empty' };
  const forms = relativeForms(trimmed);
  if (forms === 'not-a-package-path') return { candidates: [], problem: 'not-a-package-path' };
  const bases = [`${repFolder}/data`, repFolder, folderOf(ermsPath), ''];
  const out = new Set<string>();
  for (const base of bases) {
    for (const form of forms) {
      // A leading slash means "from the top of the base", as data-folder-relative exports write it.
      const p = join(base, form.replace(/^\/+/, ''));
      if (p !== null) out.add(p);
    }
  }
  return { candidates: [...out] };
}
