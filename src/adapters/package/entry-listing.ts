import { archiveError } from '../../core/errors.ts';
import type { EntryType, PackageEntry, PackageLimits } from '../../ports/package-source.ts';
import { printable, splitEntryName } from './entry-name.ts';

export interface Listing {
  readonly rootName: string | null;
  readonly topLevelNames: readonly string[];
  readonly entries: ReadonlyMap<string, PackageEntry>;
}

/**
 * Collects the entries of one container as they are read and refuses the listing as soon as it
 * turns hostile: bad names, duplicates (also a file where a folder is implied), names that differ
 * only in case or Unicode normalisation (they collide on Windows and macOS), too many entries, too
 * many bytes. Paths are kept relative to the container's top level until `finish` picks the root.
 */
export class EntryListing {
  private readonly byPath = new Map<string, PackageEntry>();
  /** NFC + lower case → path as stored: the key under which two names would collide on disk. */
  private readonly byFoldedPath = new Map<string, string>();
  private readonly impliedDirectories = new Set<string>();
  private readonly topLevel: string[] = [];
  private totalBytes = 0;

  constructor(private readonly limits: PackageLimits) {}

  /**
   * Adds one entry as named in the container. Returns its normalised path from the top level, or
   * `null` for a directory entry that names the top level itself (`./` in a TAR).
   */
  add(name: string, type: EntryType, size: number): string | null {
    const segments = splitEntryName(name, this.limits);
    if (segments.length === 0) {
      if (type === 'directory') return null;
      throw archiveError('ARC_ERR_PKG_BAD_NAME', printable(name));
    }
    const path = segments.join('/');
    this.addImpliedAncestors(path);
    const existing = this.byPath.get(path);
    if (existing) {
      // "a/b" may come before an explicit "a/": that is the same folder, not a duplicate.
      if (type === 'directory' && existing.type === 'directory' && this.impliedDirectories.delete(path)) {
        return path;
      }
      throw archiveError('ARC_ERR_PKG_DUPLICATE_ENTRY', printable(name));
    }
    this.insert(path, type, type === 'file' ? size : 0);
    return path;
  }

  private addImpliedAncestors(path: string): void {
    const missing: string[] = [];
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      const ancestor = path.slice(0, end);
      const existing = this.byPath.get(ancestor);
      if (existing) {
        if (existing.type !== 'directory')
          throw archiveError('ARC_ERR_PKG_DUPLICATE_ENTRY', printable(ancestor));
        break; // its own ancestors were added with it
      }
      missing.push(ancestor);
    }
    for (let i = missing.length - 1; i >= 0; i--) {
      const ancestor = missing[i] as string;
      this.insert(ancestor, 'directory', 0);
      this.impliedDirectories.add(ancestor);
    }
  }

  private insert(path: string, type: EntryType, size: number): void {
    if (this.byPath.size >= this.limits.maxEntries) {
      throw archiveError('ARC_ERR_PKG_TOO_MANY_ENTRIES', this.byPath.size + 1, this.limits.maxEntries);
    }
    const normalised = path.normalize('NFC');
    const folded = normalised.toLowerCase();
    const clash = this.byFoldedPath.get(folded);
    if (clash !== undefined) {
      const code =
        clash.normalize('NFC') === normalised ? 'ARC_ERR_PKG_DUPLICATE_ENTRY' : 'ARC_ERR_PKG_CASE_DUPLICATE';
      throw archiveError(code, `${printable(clash)} / ${printable(path)}`);
    }
    this.totalBytes += size;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      throw archiveError('ARC_ERR_PKG_TOO_LARGE', this.totalBytes, this.limits.maxTotalBytes);
    }
    this.byFoldedPath.set(folded, path);
    this.byPath.set(path, { path, type, size });
    if (!path.includes('/')) this.topLevel.push(path);
  }

  /**
   * Picks the root (CSIPSTR1). `fixedRoot` is for a folder input, whose root is the folder itself.
   * An archive's root is its one top-level entry if that is a folder; otherwise there is no root
   * and paths stay relative to the top level, which the validator reports rather than refuses.
   */
  finish(fixedRoot?: string): Listing {
    if (fixedRoot !== undefined) {
      return { rootName: fixedRoot, topLevelNames: [fixedRoot], entries: this.byPath };
    }
    const [only, ...others] = this.topLevel;
    if (only === undefined || others.length > 0 || this.byPath.get(only)?.type !== 'directory') {
      return { rootName: null, topLevelNames: this.topLevel, entries: this.byPath };
    }
    const prefixLength = only.length + 1;
    const entries = new Map<string, PackageEntry>();
    for (const entry of this.byPath.values()) {
      if (entry.path === only) continue;
      const path = entry.path.slice(prefixLength);
      entries.set(path, { path, type: entry.type, size: entry.size });
    }
    return { rootName: only, topLevelNames: this.topLevel, entries };
  }
}
