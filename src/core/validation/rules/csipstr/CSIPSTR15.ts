/**
 * CSIPSTR15: We recommend including all XML schema documents for any structured metadata within
 * package. These schema documents SHOULD be placed in a sub-folder called schemas within the
 * Information Package root folder and/or the representation folder.
 *
 * Every package with a readable METS holds structured XML metadata (METS.xml itself at least), so
 * the recommendation always applies. Checked:
 * - a `schemas` folder exists in the root folder or in some representation folder, and none of
 *   them is empty;
 * - each schema location of a METS document's xsi:schemaLocation that is a path (not a web URL)
 *   names a file that exists in the package;
 * - the files a fileGrp USE="Schemas" lists lie in a schemas folder.
 * Not applicable when there is no readable METS document.
 */
import { metsDocuments, resolveHref, type PackageContext, type ParsedMets } from '../../package-context.ts';
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { foldersWithFiles, isFile, isFolder } from '../shared/package-paths.ts';
import { representationFolders } from './listing.ts';
import { misplacedFiles } from './placement.ts';

/** Schema locations of a METS document that point into the package but name no file there. */
function missingSchemaLocations(ctx: PackageContext, parsed: ParsedMets): Finding[] {
  const mets = parsed.doc?.mets;
  const tokens = (mets?.attrs['xsi:schemaLocation'] ?? '').trim().split(/\s+/).filter(Boolean);
  const out: Finding[] = [];
  for (let i = 1; i < tokens.length; i += 2) {
    const location = tokens[i] as string;
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(location) && !location.startsWith('file:')) continue; // a web URL
    const path = resolveHref(parsed.path, location);
    if (path !== null && isFile(ctx, path)) continue;
    out.push(
      finding(
        `xsi:schemaLocation names the schema '${location}', which does not exist in the package`,
        `xsi:schemaLocation anger schemat '${location}', som inte finns i paketet`,
        { file: parsed.path, xpath: '/mets/@xsi:schemaLocation', ...(mets ? { line: mets.line } : {}) },
      ),
    );
  }
  return out;
}

export const CSIPSTR15: Rule = {
  id: 'CSIPSTR15',
  check(ctx) {
    const docs = metsDocuments(ctx);
    if (docs.length === 0) {
      return notApplicable(
        'The package has no readable METS document, so it holds no structured metadata to include schemas for',
        'Paketet har inget läsbart METS-dokument, så det finns ingen strukturerad metadata att bifoga scheman för',
      );
    }
    const out: Finding[] = [];
    const folders = ['schemas', ...representationFolders(ctx).map((r) => `${r}/schemas`)].filter((p) =>
      isFolder(ctx, p),
    );
    if (folders.length === 0) {
      out.push(
        finding(
          "The package has no 'schemas' folder (neither in the root folder nor in a representation folder); the XML schemas of its structured metadata (METS and others) should be included there",
          "Paketet saknar mappen 'schemas' (både i rotmappen och i representationsmapparna); XML-scheman för dess strukturerade metadata (METS med flera) bör bifogas där",
          { file: 'schemas' },
        ),
      );
    }
    for (const folder of folders) {
      if (foldersWithFiles(ctx).has(folder)) continue;
      out.push(
        finding(
          `The folder '${folder}' is empty; it should hold the XML schemas of the package's metadata`,
          `Mappen '${folder}' är tom; den bör innehålla XML-scheman för paketets metadata`,
          { file: folder },
        ),
      );
    }
    for (const parsed of docs) out.push(...missingSchemaLocations(ctx, parsed));
    out.push(...misplacedFiles(ctx, 'Schemas', 'schemas'));
    return out;
  },
};
