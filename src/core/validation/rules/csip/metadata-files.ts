/** Metadata files on disk and the METS documents that describe them (CSIP17, CSIP32). */
import type { PackageContext } from '../../package-context.ts';
import { isInTopFolder } from '../shared/package-paths.ts';

/** `metadata/<sub>/…` of the package or of a representation (`representations/<rep>/metadata/<sub>/…`). */
export function isInMetadataFolder(path: string, sub: string): boolean {
  return isInTopFolder(path, `metadata/${sub}`);
}

/** The METS document a file belongs to: its representation METS when there is one, else the package METS. */
export function owningMets(ctx: PackageContext, path: string): string {
  const m = /^(representations\/[^/]+)\//.exec(path);
  const repMets = m ? `${m[1]}/METS.xml` : null;
  if (repMets && ctx.representations.some((r) => r.path === repMets)) return repMets;
  return ctx.root?.path ?? 'METS.xml';
}
