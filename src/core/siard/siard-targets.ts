/**
 * Which packages hold a SIARD database, and which .siard files to open: CITS SIARD places them in
 * representations/<rep>/data/ (SIARD_15), possibly split into parts `<name>_part001`, `…_part002`
 * (SIARD_19a), which are read as one file.
 */
import { walkFileGrps } from '../package/mets-model.ts';
import { metsDocuments, type ListedEntry, type PackageContext } from '../validation/package-context.ts';

/** CONTENTINFORMATIONTYPE values that declare a database: CITS SIARD, and CSIP 2.0's SIARD types. */
export const SIARD_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'citssiard_v1_0',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
]);

export interface SiardTarget {
  /** Package path of the .siard file; for a split file, the parts' common name ending in .siard. */
  readonly path: string;
  /** Parts in order (SIARD_19a), empty for a single file. */
  readonly parts: readonly string[];
  readonly representation: string | null;
}

const DATA_FILE = /^(representations\/[^/]+)\/data\/(.+)$/;
const PART = /^(.+?)(\.siard)?_part(\d{3})(\.siard)?$/i;

/** Whether the package or one of its representations declares CITS SIARD, or holds a .siard file. */
export function declaresSiard(ctx: PackageContext): boolean {
  for (const parsed of metsDocuments(ctx)) {
    const doc = parsed.doc;
    if (!doc) continue;
    if (SIARD_CONTENT_TYPES.has(doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'] ?? '')) return true;
    for (const grp of walkFileGrps(doc))
      if (SIARD_CONTENT_TYPES.has(grp.attrs['csip:CONTENTINFORMATIONTYPE'] ?? '')) return true;
  }
  return findSiardTargets(ctx.entries).length > 0;
}

/** A part file's group key (folder + base name) and number, or null if the name is no part. */
export function siardPart(path: string): { readonly key: string; readonly number: number } | null {
  const m = PART.exec(path);
  if (!m || !(m[2] || m[4])) return null;
  return { key: `${m[1] as string}.siard`, number: Number(m[3]) };
}

export function findSiardTargets(entries: ReadonlyMap<string, ListedEntry>): SiardTarget[] {
  const singles: SiardTarget[] = [];
  const split = new Map<string, { representation: string; parts: { path: string; number: number }[] }>();
  for (const entry of entries.values()) {
    if (entry.type !== 'file') continue;
    const m = DATA_FILE.exec(entry.path);
    if (!m) continue;
    const representation = m[1] as string;
    const part = siardPart(entry.path);
    if (part) {
      const group = split.get(part.key) ?? { representation, parts: [] };
      group.parts.push({ path: entry.path, number: part.number });
      split.set(part.key, group);
    } else if (/\.siard$/i.test(entry.path)) singles.push({ path: entry.path, parts: [], representation });
  }
  const grouped = [...split].map(([path, g]) => ({
    path,
    representation: g.representation,
    parts: g.parts.sort((a, b) => a.number - b.number).map((p) => p.path),
  }));
  return [...singles, ...grouped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
