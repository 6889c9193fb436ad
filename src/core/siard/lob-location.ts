/**
 * Where the LOB file a table cell names (@file) lives. SIARD resolves @file against the column's
 * lobFolder, which is relative to the archive's lobFolder, which is relative to the SIARD file
 * itself: "../lobs/" is a folder `lobs` beside the .siard (SIARD Suite's documented convention).
 * A result inside the SIARD file is an internal LOB; one outside it is a file of the package.
 *
 * Without any lobFolder the LOB is internal; producers write @file relative to the archive root
 * (content/schema0/table0/lob3/record0.bin) or to the table folder (lob3/record0.bin), so both
 * are tried, root first.
 */
import type { Message } from '../validation/rule.ts';

export type LobLocation =
  | { readonly kind: 'internal'; readonly candidates: readonly string[] }
  | { readonly kind: 'external'; readonly path: string }
  | { readonly kind: 'unresolvable'; readonly reason: Message };

export interface LobContext {
  /** Package path of the .siard file, e.g. representations/rep1/data/db.siard. */
  readonly siardPath: string;
  /** Folder of the table inside the SIARD file, e.g. content/schema0/table1. */
  readonly tableFolder: string;
  readonly archiveLobFolder: string | null;
  readonly columnLobFolder: string | null;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function unresolvable(en: string, sv: string): LobLocation {
  return { kind: 'unresolvable', reason: { en, sv } };
}

function decode(uri: string): string | null {
  try {
    return decodeURIComponent(uri.trim().replace(/\\/g, '/'));
  } catch {
    return null;
  }
}

/** Applies a relative reference to a folder given as segments; null if it climbs above the top. */
function apply(folder: readonly string[], ref: string): string[] | null {
  const parts = ref.startsWith('/') ? [] : [...folder];
  for (const seg of ref.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts;
}

export function locateLob(file: string, ctx: LobContext): LobLocation {
  const refs = [ctx.archiveLobFolder, ctx.columnLobFolder, file].map((r) => (r === null ? null : decode(r)));
  if (refs.some((r, i) => r === null && [ctx.archiveLobFolder, ctx.columnLobFolder, file][i] !== null))
    return unresolvable(`@file "${file}" is not a valid URI`, `@file "${file}" är ingen giltig URI`);
  const [archive, column, target] = refs as [string | null, string | null, string];
  for (const ref of [archive, column, target]) {
    if (ref !== null && (SCHEME.test(ref) || ref.startsWith('/')))
      return unresolvable(
        `The LOB location "${ref}" is absolute, so the file cannot be found in the package`,
        `LOB-platsen "${ref}" är absolut, så filen kan inte hittas i paketet`,
      );
  }
  const self = ctx.siardPath.split('/');
  if (archive === null && column === null) {
    const candidates = [apply([], target), apply(ctx.tableFolder.split('/'), target)]
      .filter((p): p is string[] => p !== null && p.length > 0)
      .map((p) => p.join('/'));
    if (candidates.length === 0)
      return unresolvable(`@file "${file}" names no file`, `@file "${file}" anger ingen fil`);
    return { kind: 'internal', candidates: [...new Set(candidates)] };
  }
  let folder: string[] | null = self;
  for (const ref of [archive, column]) if (ref !== null && folder) folder = apply(folder, ref);
  const resolved = folder ? apply(folder, target) : null;
  if (!resolved || resolved.length === 0)
    return unresolvable(
      `@file "${file}" points above the package root`,
      `@file "${file}" pekar ovanför paketets rot`,
    );
  const inside = resolved.length > self.length && self.every((s, i) => resolved[i] === s);
  if (!inside) return { kind: 'external', path: resolved.join('/') };
  const internal = resolved.slice(self.length);
  const tableRelative = apply(ctx.tableFolder.split('/'), internal.join('/'));
  const candidates = [internal.join('/'), ...(tableRelative ? [tableRelative.join('/')] : [])];
  return { kind: 'internal', candidates: [...new Set(candidates)] };
}
