/**
 * CSIPSTR10: The representations folder SHOULD include a sub-folder for each individual
 * representation (i.e. the "representation folder"). Each representation folder should have a
 * string name that is unique within the package scope. For example the name of the representation
 * and/or its creation date might be good candidates as a representation sub-folder name.
 *
 * Checked, when representations/ exists (its absence is CSIPSTR9's finding):
 * - it holds at least one representation folder, and no files of its own (content belongs in a
 *   representation folder);
 * - no two representation folder names differ only in letter case (they would clash when the
 *   package is unpacked on Windows or macOS, so they are not unique in every scope);
 * - a representation METS's OBJID names its folder (CSIP1: "the name of the top-level
 *   representation folder", "following CSIPSTR10"), after the same mappings as CSIPSTR2.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { isFolder } from '../shared/package-paths.ts';
import { namesFolder } from './folder-names.ts';
import { baseName, childrenOf, representationFolders } from './listing.ts';

export const CSIPSTR10: Rule = {
  id: 'CSIPSTR10',
  check(ctx) {
    if (!isFolder(ctx, 'representations')) {
      return notApplicable(
        'The package has no representations folder (see CSIPSTR9)',
        'Paketet saknar mappen representations (se CSIPSTR9)',
      );
    }
    const out: Finding[] = [];
    const reps = representationFolders(ctx);
    if (reps.length === 0) {
      out.push(
        finding(
          "The folder 'representations' has no representation folder; each representation should have its own sub-folder",
          "Mappen 'representations' saknar representationsmappar; varje representation bör ha en egen undermapp",
          { file: 'representations' },
        ),
      );
    }
    for (const e of childrenOf(ctx, 'representations')) {
      if (e.type !== 'file') continue;
      out.push(
        finding(
          `The file '${e.path}' lies directly in 'representations'; it should be in a representation folder`,
          `Filen '${e.path}' ligger direkt i 'representations'; den bör ligga i en representationsmapp`,
          { file: e.path },
        ),
      );
    }
    const byLower = new Map<string, string>();
    for (const rep of reps) {
      const clash = byLower.get(rep.toLowerCase());
      if (clash) {
        out.push(
          finding(
            `The representation folders '${clash}' and '${rep}' differ only in letter case; representation names should be unique`,
            `Representationsmapparna '${clash}' och '${rep}' skiljer sig bara i stora och små bokstäver; representationernas namn bör vara unika`,
            { file: rep },
          ),
        );
      } else byLower.set(rep.toLowerCase(), rep);
    }
    for (const parsed of ctx.representations) {
      const mets = parsed.doc?.mets;
      const objid = mets?.attrs['OBJID']?.trim();
      const folder = parsed.representation;
      if (!mets || !objid || !folder?.startsWith('representations/')) continue;
      if (namesFolder(objid, baseName(folder))) continue;
      out.push(
        finding(
          `The representation folder is named '${baseName(folder)}', but its METS OBJID is '${objid}'; the OBJID should name the representation folder`,
          `Representationsmappen heter '${baseName(folder)}', men dess METS har OBJID '${objid}'; OBJID bör vara representationsmappens namn`,
          { file: parsed.path, xpath: '/mets/@OBJID', line: mets.line },
        ),
      );
    }
    return out;
  },
};
