/**
 * SAMARKIV-REF-1 — "Files present in the package but referenced neither from a fileSec nor from a
 * metadata section are reported, so nothing is delivered without description."
 *
 * Referenced means: the target of a fileSec FLocat, a dmdSec/amdSec mdRef or a structMap mptr in
 * any parsed METS document (root and representations), or the package METS.xml itself. A
 * representation METS counts only when something references it (the root's FLocat and mptr do).
 * A referenced METS.xml that the context did not parse (e.g. the submitted SIP kept under
 * `submission/` in an AIP) describes its own folder, so files below it count as referenced.
 * One pass over the listing with set look-ups, so 100,000 files cost nothing noticeable.
 * Not applicable when no METS document could be read (CSIPSTR4 / SAMARKIV-XSD-1 report that).
 */
import {
  allMdSecs,
  walkDivs,
  walkFiles,
  type MetsDocument,
  type MetsElement,
} from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';
import { hrefTarget } from '../shared/package-paths.ts';

/** Every element of a document whose xlink:href references a file: FLocats, mdRefs and mptrs. */
function* referencingElements(doc: MetsDocument): Generator<MetsElement> {
  for (const { file } of walkFiles(doc)) yield* file.flocats;
  for (const sec of allMdSecs(doc)) yield* sec.mdRefs;
  for (const map of doc.structMaps) for (const div of walkDivs(map)) yield* div.mptrs;
}

/** Referenced paths, and folders described by a referenced METS.xml that was not parsed. */
function references(ctx: PackageContext): { paths: Set<string>; coveredFolders: string[] } {
  const parsedPaths = new Set([ctx.root, ...ctx.representations].flatMap((p) => (p ? [p.path] : [])));
  const paths = new Set<string>(ctx.root ? [ctx.root.path] : []);
  const metsPaths = new Set<string>();
  for (const mets of readableMets(ctx)) {
    for (const el of referencingElements(mets.doc)) {
      // hrefTarget: the same resolution the other rules made, cached, so not repeated per file.
      const path = hrefTarget(mets, el);
      if (path === null) continue;
      paths.add(path);
      if (path.endsWith('/METS.xml')) metsPaths.add(path);
    }
  }
  const coveredFolders = [...metsPaths]
    .filter((p) => !parsedPaths.has(p) && ctx.entries.get(p)?.type === 'file')
    .map((p) => p.slice(0, -'METS.xml'.length));
  return { paths, coveredFolders };
}

export const SAMARKIV_REF_1: Rule = {
  id: 'SAMARKIV-REF-1',
  check(ctx) {
    if (readableMets(ctx).length === 0) {
      return notApplicable(
        'No METS document could be read, so references cannot be checked',
        'Inget METS-dokument kunde läsas, så referenserna kan inte kontrolleras',
      );
    }
    const { paths, coveredFolders } = references(ctx);
    const unreferenced = [];
    for (const entry of ctx.entries.values()) {
      if (entry.type !== 'file' || paths.has(entry.path)) continue;
      if (coveredFolders.some((folder) => entry.path.startsWith(folder))) continue;
      unreferenced.push(entry.path);
    }
    return unreferenced
      .sort()
      .map((path) =>
        finding(
          `${path} is in the package but no METS document references it`,
          `${path} finns i paketet men refereras inte från något METS-dokument`,
          { file: path },
        ),
      );
  },
};
