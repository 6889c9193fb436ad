/**
 * Where each METS file's first FLocat leads, resolved once per document and package: the rules on
 * SIZE, CHECKSUM and names (CSIP69–72 …) all ask it for every file, and with 100,000 files the
 * repeated href resolution and listing look-ups were most of their time.
 */
import type { MetsDocument } from '../../../package/mets-model.ts';
import type { FileFacts, PackageContext } from '../../package-context.ts';
import { fileEntries, type FileEntry } from './file-section.ts';
import { hrefTarget } from './package-paths.ts';

export interface FileTarget {
  /** The package path the first FLocat points to; null when there is none or it cannot resolve. */
  readonly path: string | null;
  /** True when that path is a file of the package. */
  readonly exists: boolean;
  /** The facts gathered for it (size, digests), when it was read. */
  readonly facts: FileFacts | undefined;
  /** Its size: as read, else as listed; undefined when it is not a file. */
  readonly size: number | undefined;
}

const cache = new WeakMap<PackageContext, WeakMap<MetsDocument, FileTarget[]>>();

function targetsOf(ctx: PackageContext, mets: { readonly path: string; readonly doc: MetsDocument }) {
  let byDoc = cache.get(ctx);
  if (!byDoc) cache.set(ctx, (byDoc = new WeakMap()));
  let targets = byDoc.get(mets.doc);
  if (!targets) {
    targets = fileEntries(mets.doc).map((e) => resolve(ctx, mets, e));
    byDoc.set(mets.doc, targets);
  }
  return targets;
}

function resolve(ctx: PackageContext, mets: { readonly path: string }, e: FileEntry): FileTarget {
  const loc = e.file.flocats[0];
  const path = loc ? hrefTarget(mets, loc) : null;
  const entry = path === null ? undefined : ctx.entries.get(path);
  if (entry?.type !== 'file') return { path, exists: false, facts: undefined, size: undefined };
  const facts = ctx.files.get(path as string);
  return { path, exists: true, facts, size: facts?.size ?? entry.size };
}

/** The target of a file entry of `mets` (an entry from fileEntries(mets.doc)). */
export function fileTarget(
  ctx: PackageContext,
  mets: { readonly path: string; readonly doc: MetsDocument },
  e: FileEntry,
): FileTarget {
  return targetsOf(ctx, mets)[e.index] as FileTarget;
}
