/**
 * Paths of the package: folders, entries, and where an xlink:href of a METS document leads. The
 * lookups that could run once per file of a large package are indexed once per context.
 */
import type { MetsElement } from '../../../package/mets-model.ts';
import { resolveHref, type PackageContext } from '../../package-context.ts';
import type { Message } from '../../rule.ts';

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPath(base: string, rel: string): string {
  return base ? `${base}/${rel}` : rel;
}

/** 'representations/rep1' → 'Representations/rep1' (folder path → USE/LABEL spelling). */
export function capitalizeFirst(path: string): string {
  return path.charAt(0).toUpperCase() + path.slice(1);
}

/** 'Representations/rep1/data' → 'representations/rep1/data' (USE/LABEL spelling → folder path). */
export function lowerFirstSegment(path: string): string {
  return path.replace(/^[^/]+/, (s) => s.toLowerCase());
}

export function isFile(ctx: PackageContext, path: string): boolean {
  return ctx.entries.get(path)?.type === 'file';
}

export function isFolder(ctx: PackageContext, path: string): boolean {
  return ctx.entries.get(path)?.type === 'directory';
}

/** `<sub>/…` directly in the package root or in a representation folder (`metadata/preservation`). */
export function isInTopFolder(path: string, sub: string): boolean {
  return path.startsWith(`${sub}/`) || new RegExp(`^representations/[^/]+/${sub}/`).test(path);
}

const targetCache = new WeakMap<MetsElement, string | null>();

/** The package path an element's xlink:href points to (null when absent or unresolvable). */
export function hrefTarget(mets: { readonly path: string }, el: MetsElement): string | null {
  let t = targetCache.get(el);
  if (t === undefined) {
    const href = el.attrs['xlink:href'];
    t = href ? resolveHref(mets.path, href) : null;
    targetCache.set(el, t);
  }
  return t;
}

/** The file an element's xlink:href points to, when that file exists in the package. */
export function hrefFile(
  ctx: PackageContext,
  mets: { readonly path: string },
  el: MetsElement,
): string | null {
  const target = hrefTarget(mets, el);
  return target !== null && isFile(ctx, target) ? target : null;
}

const lowerCaseIndex = new WeakMap<PackageContext, Map<string, string>>();

/** A file path that matches `path` except for letter case, for the hint in a failed lookup. */
function sameExceptCase(ctx: PackageContext, path: string): string | undefined {
  let map = lowerCaseIndex.get(ctx);
  if (!map) {
    map = new Map();
    for (const e of ctx.entries.values()) if (e.type === 'file') map.set(e.path.toLowerCase(), e.path);
    lowerCaseIndex.set(ctx, map);
  }
  return map.get(path.toLowerCase());
}

/**
 * Why an xlink:href does not lead to a file of the package (CSIP24/38/51, CSIP79, CSIP110), or null
 * when it does: missing, absolute or leaving the package, or naming no existing file.
 */
export function hrefProblem(
  ctx: PackageContext,
  mets: { readonly path: string },
  el: MetsElement,
): Message | null {
  const href = el.attrs['xlink:href'];
  if (href === undefined || href.trim() === '')
    return { en: 'xlink:href is missing', sv: 'xlink:href saknas' };
  const target = hrefTarget(mets, el);
  if (target === null) {
    return {
      en: `xlink:href '${href}' is not a relative path inside the package (an absolute URL, or a path that leaves the package)`,
      sv: `xlink:href '${href}' är ingen relativ sökväg inom paketet (en absolut URL, eller en sökväg som lämnar paketet)`,
    };
  }
  if (isFile(ctx, target)) return null;
  const named = target === href ? `'${href}'` : `'${href}' (${target})`;
  const other = sameExceptCase(ctx, target);
  if (other && other !== target) {
    return {
      en: `xlink:href ${named} does not exist; ${other} differs only in letter case (paths are case-sensitive)`,
      sv: `xlink:href ${named} finns inte; ${other} skiljer sig bara i skiftläge (sökvägar är skiftlägeskänsliga)`,
    };
  }
  if (isFolder(ctx, target)) {
    return {
      en: `xlink:href ${named} is a folder, not a file`,
      sv: `xlink:href ${named} är en mapp, inte en fil`,
    };
  }
  return {
    en: `xlink:href ${named} does not exist in the package`,
    sv: `xlink:href ${named} finns inte i paketet`,
  };
}

const folderCache = new WeakMap<PackageContext, Set<string>>();

/** Every folder that holds at least one file at any depth (computed once per package). */
export function foldersWithFiles(ctx: PackageContext): ReadonlySet<string> {
  let set = folderCache.get(ctx);
  if (!set) {
    set = new Set();
    for (const e of ctx.entries.values()) {
      if (e.type !== 'file') continue;
      for (let d = dirOf(e.path); d && !set.has(d); d = dirOf(d)) set.add(d);
    }
    folderCache.set(ctx, set);
  }
  return set;
}
