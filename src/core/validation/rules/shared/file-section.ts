/**
 * The file section of a METS document as flat lists with XPaths, built in one pass per document
 * and cached: every fileGrp (depth first) and every file (nested files included).
 */
import type { FileGrp, MetsDocument, MetsFile } from '../../../package/mets-model.ts';
import { step } from './locations.ts';

export interface GrpEntry {
  readonly grp: FileGrp;
  readonly xpath: string;
  /** Enclosing fileGrps, outermost first. */
  readonly ancestors: readonly FileGrp[];
}

export interface FileEntry {
  readonly file: MetsFile;
  /** The fileGrp holding the file, and that group with its enclosing groups, outermost first. */
  readonly grp: FileGrp;
  readonly grpPath: readonly FileGrp[];
  readonly xpath: string;
  /** Position in fileEntries(doc), for per-file data kept in arrays. */
  readonly index: number;
}

interface Index {
  readonly grps: GrpEntry[];
  readonly files: FileEntry[];
  readonly grpById: Map<string, GrpEntry>;
}

const cache = new WeakMap<MetsDocument, Index>();

function build(doc: MetsDocument): Index {
  const grps: GrpEntry[] = [];
  const files: FileEntry[] = [];
  const addFiles = (list: readonly MetsFile[], grpPath: readonly FileGrp[], parent: string): void => {
    list.forEach((file, i) => {
      const xpath = `${parent}/${step('file', file, i, list.length)}`;
      files.push({ file, grp: grpPath[grpPath.length - 1] as FileGrp, grpPath, xpath, index: files.length });
      addFiles(file.files, grpPath, xpath);
    });
  };
  const addGrps = (list: readonly FileGrp[], parent: string, ancestors: readonly FileGrp[]): void => {
    list.forEach((grp, i) => {
      const xpath = `${parent}/${step('fileGrp', grp, i, list.length)}`;
      grps.push({ grp, xpath, ancestors });
      addFiles(grp.files, [...ancestors, grp], xpath);
      addGrps(grp.fileGrps, xpath, [...ancestors, grp]);
    });
  };
  doc.fileSecs.forEach((sec, i) => {
    addGrps(sec.fileGrps, doc.fileSecs.length > 1 ? `/mets/fileSec[${i + 1}]` : '/mets/fileSec', []);
  });
  const grpById = new Map<string, GrpEntry>();
  for (const e of grps) {
    const id = e.grp.attrs['ID'];
    if (id && !grpById.has(id)) grpById.set(id, e);
  }
  return { grps, files, grpById };
}

function indexOf(doc: MetsDocument): Index {
  let index = cache.get(doc);
  if (!index) {
    index = build(doc);
    cache.set(doc, index);
  }
  return index;
}

/** Every fileGrp of the document, depth first, with its XPath. */
export function fileGrps(doc: MetsDocument): readonly GrpEntry[] {
  return indexOf(doc).grps;
}

/** Every file of the document (nested files included), with its XPath. */
export function fileEntries(doc: MetsDocument): readonly FileEntry[] {
  return indexOf(doc).files;
}

/** The fileGrps of the document by ID (the first, when an ID repeats). */
export function grpById(doc: MetsDocument): ReadonlyMap<string, GrpEntry> {
  return indexOf(doc).grpById;
}
