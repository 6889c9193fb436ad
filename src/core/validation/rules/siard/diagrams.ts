/**
 * System diagrams in the documentation folders (SIARD_30–30d): files in a database_diagrams
 * folder, and files elsewhere in documentation/ whose names say they are diagrams.
 */
import type { PackageContext } from '../../package-context.ts';
import { baseName, documentationFiles } from './siard-support.ts';

const DIAGRAM_NAME = /diagram|^er[-_ .]|^(original|archived)_/i;

export interface Diagrams {
  /** Files in …/documentation/database_diagrams/. */
  readonly inFolder: readonly string[];
  /** Files elsewhere in documentation/ named like diagrams. */
  readonly elsewhere: readonly string[];
}

export function diagrams(ctx: PackageContext): Diagrams {
  const docs = documentationFiles(ctx);
  const inFolder = docs.filter((p) =>
    /\/documentation\/(.*\/)?database_diagrams\/|^documentation\/(.*\/)?database_diagrams\//.test(p),
  );
  const elsewhere = docs.filter((p) => !inFolder.includes(p) && DIAGRAM_NAME.test(baseName(p)));
  return { inFolder, elsewhere };
}
