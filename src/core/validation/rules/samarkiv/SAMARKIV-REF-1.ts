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
import { allMdSecs, walkDivs, walkFiles, type MetsDocument } from '../../../package/mets-model.ts';
import { resolveHref, type PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type Rule } from '../../rule.ts';
import { readableMets } from '../shared/mets-documents.ts';

function* hrefsOf(doc: MetsDocument): Generator<string> {
  for (const { file } of walkFiles(doc))
    for (const loc of file.flocats) if (loc.attrs['xlink:href']) yield loc.attrs['xlink:href'];
  for (const sec of allMdSecs(doc))
    for (const ref of sec.mdRefs) if (ref.attrs['xlink:href']) yield ref.attrs['xlink:href'];
  for (const map of doc.structMaps) {
    for (const div of walkDivs(map))
      for (const mptr of div.mptrs) if (mptr.attrs['xlink:href']) yield mptr.attrs['xlink:href'];
  }
}

/** Referenced paths, and folders described by a referenced METS.xml that was not parsed. */
function references(ctx: PackageContext): { paths: Set<string>; coveredFolders: string[] } {
  const docs = readableMets(ctx);
  const parsedPaths = new Set([ctx.root, ...ctx.representations].flatMap((p) => (p ? [p.path] : [])));
  const paths = new Set<string>(ctx.root ? [ctx.root.path] : []);
  for (const { path: metsPath, doc } of docs) {
    for (const href of hrefsOf(doc)) {
      const path = resolveHref(metsPath, href);
      if (path !== null) paths.add(path);
    }
  }
  const coveredFolders = [...paths]
    .filter((p) => p.endsWith('/METS.xml') && !parsedPaths.has(p) && ctx.entries.get(p)?.type === 'file')
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
