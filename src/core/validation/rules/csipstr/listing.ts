/**
 * The package listing as the folder structure rules (CSIPSTR1–CSIPSTR16) see it: the children of
 * each folder (indexed once per context), names that differ only in letter case, and the
 * representation folders.
 */
import type { ListedEntry, PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Message } from '../../rule.ts';
import { dirOf } from '../shared/package-paths.ts';

const LISTINGS = new WeakMap<PackageContext, ReadonlyMap<string, readonly ListedEntry[]>>();

/** The direct children of a folder ('' = the root folder). */
export function childrenOf(ctx: PackageContext, folder: string): readonly ListedEntry[] {
  let children = LISTINGS.get(ctx);
  if (!children) {
    const map = new Map<string, ListedEntry[]>();
    for (const e of ctx.entries.values()) {
      const list = map.get(dirOf(e.path));
      if (list) list.push(e);
      else map.set(dirOf(e.path), [e]);
    }
    LISTINGS.set(ctx, (children = map));
  }
  return children.get(folder) ?? [];
}

/** The last path segment. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A sibling of `path` whose name differs only in letter case, for "names are case-sensitive" hints. */
export function otherCase(ctx: PackageContext, path: string): ListedEntry | undefined {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const name = baseName(path).toLowerCase();
  return childrenOf(ctx, parent).find((e) => e.path !== path && baseName(e.path).toLowerCase() === name);
}

export function caseHint(ctx: PackageContext, path: string): Message {
  const other = otherCase(ctx, path);
  if (!other) return { en: '', sv: '' };
  return {
    en: ` (there is '${other.path}': names are case-sensitive)`,
    sv: ` (det finns '${other.path}': namn skiljer på stora och små bokstäver)`,
  };
}

/** Paths of the folders directly under representations/ (CSIPSTR10), sorted. */
export function representationFolders(ctx: PackageContext): string[] {
  return childrenOf(ctx, 'representations')
    .filter((e) => e.type === 'directory')
    .map((e) => e.path)
    .sort();
}

/** CSIPSTR11–13: each representation folder holds a required child (a folder or a file). */
export function checkEachRepresentation(
  ctx: PackageContext,
  child: string,
  kind: 'directory' | 'file',
  why: Message,
): CheckResult {
  const reps = representationFolders(ctx);
  if (reps.length === 0) {
    return notApplicable(
      'The package has no representation folders under representations/',
      'Paketet har inga representationsmappar under representations/',
    );
  }
  const out: Finding[] = [];
  for (const rep of reps) {
    const path = `${rep}/${child}`;
    if (ctx.entries.get(path)?.type === kind) continue;
    const what = kind === 'directory' ? { en: 'folder', sv: 'mappen' } : { en: 'file', sv: 'filen' };
    const hint = caseHint(ctx, path);
    out.push(
      finding(
        `The representation folder '${rep}' has no ${what.en} '${child}'${hint.en}; ${why.en}`,
        `Representationsmappen '${rep}' saknar ${what.sv} '${child}'${hint.sv}; ${why.sv}`,
        { file: rep },
      ),
    );
  }
  return out;
}
