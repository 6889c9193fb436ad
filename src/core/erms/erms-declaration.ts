/**
 * Which representations hold CITS ERMS content. A package declares it with
 * `@csip:CONTENTINFORMATIONTYPE` = `citserms_v2_1`, `citserms_v3_0` or the legacy `ERMS` (CSIP4,
 * CSIP35), on a METS root or on the fileGrp of a representation. The most specific declaration
 * wins, so one representation of a MIXED package may be ERMS and its neighbour SIARD:
 *   1. the representation METS root
 *   2. a fileGrp of the representation METS
 *   3. the package METS fileGrp USE="Representations/<rep>"
 *   4. the package METS root
 * MIXED is no declaration (it says "see the representations"); anything else that is not ERMS
 * (SIARD2, OTHER …) is a declaration that the representation is not ERMS.
 */
import { walkFileGrps, type MetsDocument } from '../package/mets-model.ts';
import type { PackageContext } from '../validation/package-context.ts';
import type { Location } from '../validation/rule.ts';

export const ERMS_CONTENT_TYPES = ['citserms_v2_1', 'citserms_v3_0', 'ERMS'] as const;
export type ErmsContentType = (typeof ERMS_CONTENT_TYPES)[number];

export function isErmsContentType(value: string | undefined): value is ErmsContentType {
  return (ERMS_CONTENT_TYPES as readonly string[]).includes(value ?? '');
}

export interface ErmsDeclaration {
  /** Representation folder, e.g. `representations/rep1`. */
  readonly representation: string;
  readonly contentType: ErmsContentType;
  readonly declaredAt: Location;
}

interface Declared {
  readonly value: string;
  readonly at: Location;
}

const CIT = 'csip:CONTENTINFORMATIONTYPE';

function onRoot(doc: MetsDocument | null | undefined, path: string): Declared | null {
  const value = doc?.mets?.attrs[CIT];
  if (!doc?.mets || value === undefined || value === 'MIXED') return null;
  return { value, at: { file: path, xpath: `/mets/@${CIT}`, line: doc.mets.line } };
}

function onFileGrp(doc: MetsDocument | null | undefined, path: string, use?: string): Declared | null {
  if (!doc) return null;
  for (const grp of walkFileGrps(doc)) {
    const value = grp.attrs[CIT];
    if (value === undefined || value === 'MIXED') continue;
    if (use !== undefined && grp.attrs['USE']?.toLowerCase() !== use.toLowerCase()) continue;
    return { value, at: { file: path, xpath: `//fileGrp/@${CIT}`, line: grp.line } };
  }
  return null;
}

/** Representation folders: those listed below representations/ and those with a parsed METS. */
export function representationFolders(ctx: PackageContext): string[] {
  const folders = new Set<string>();
  for (const path of ctx.entries.keys()) {
    const m = /^(representations\/[^/]+)\//.exec(path);
    if (m?.[1]) folders.add(m[1]);
  }
  for (const rep of ctx.representations) if (rep.representation) folders.add(rep.representation);
  return [...folders].sort();
}

/** The ERMS representations of a package, in folder order. */
export function ermsDeclarations(ctx: PackageContext): ErmsDeclaration[] {
  const root = ctx.root;
  const out: ErmsDeclaration[] = [];
  for (const folder of representationFolders(ctx)) {
    const rep = ctx.representations.find((r) => r.representation === folder);
    const name = folder.slice('representations/'.length);
    const declared =
      onRoot(rep?.doc, rep?.path ?? '') ??
      onFileGrp(rep?.doc, rep?.path ?? '') ??
      onFileGrp(root?.doc, root?.path ?? 'METS.xml', `Representations/${name}`) ??
      onRoot(root?.doc, root?.path ?? 'METS.xml');
    if (declared && isErmsContentType(declared.value)) {
      out.push({ representation: folder, contentType: declared.value, declaredAt: declared.at });
    }
  }
  return out;
}

/** Where the package METS declares ERMS for the whole package, if it does. */
export function rootErmsDeclaration(ctx: PackageContext): Location | null {
  const declared = onRoot(ctx.root?.doc, ctx.root?.path ?? 'METS.xml');
  return declared && isErmsContentType(declared.value) ? declared.at : null;
}
