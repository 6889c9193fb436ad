/**
 * Where the files a METS document lists lie (CSIPSTR6, 7, 15, 16): the files of the Schemas and
 * Documentation file groups, and the metadata files referenced from dmdSec and digiprovMD.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import { fileEntries } from '../shared/file-section.ts';
import { sectionName, sectionsOf } from '../shared/metadata-sections.ts';
import { readableMets } from '../shared/mets-documents.ts';
import { hrefTarget, isInTopFolder } from '../shared/package-paths.ts';

export interface PlacedFile {
  readonly metsPath: string;
  readonly path: string;
  readonly xpath: string;
  readonly line: number;
}

/** The files of every fileGrp with the given USE (e.g. "Schemas"), resolved to package paths. */
export function filesOfGroupsWithUse(ctx: PackageContext, use: string): PlacedFile[] {
  const out: PlacedFile[] = [];
  for (const m of readableMets(ctx)) {
    for (const { file, grpPath, xpath } of fileEntries(m.doc)) {
      if (!grpPath.some((g) => g.attrs['USE'] === use)) continue;
      for (const loc of file.flocats) {
        const path = hrefTarget(m, loc);
        if (path !== null) out.push({ metsPath: m.path, path, xpath: `${xpath}/FLocat`, line: loc.line });
      }
    }
  }
  return out;
}

/** CSIPSTR15/16: the files a fileGrp declares as `use` lie in a `folder` folder. */
export function misplacedFiles(ctx: PackageContext, use: string, folder: string): Finding[] {
  return filesOfGroupsWithUse(ctx, use)
    .filter((f) => !isInTopFolder(f.path, folder))
    .map((f) =>
      finding(
        `'${f.path}' is listed in the fileGrp USE="${use}" but does not lie in a '${folder}' folder of the package or of a representation`,
        `'${f.path}' listas i fileGrp USE="${use}" men ligger inte i en mapp '${folder}' i paketet eller i en representation`,
        { file: f.metsPath, xpath: f.xpath, line: f.line },
      ),
    );
}

/**
 * CSIPSTR6/7: every file referenced by mdRef from sections of `kind` lies in `metadata/<sub>/` of
 * the package or of a representation. Not applicable when no such reference exists (no metadata
 * of that kind is available, so there is nothing to place).
 */
export function checkMetadataPlacement(
  ctx: PackageContext,
  kind: 'dmdSec' | 'digiprovMD',
  sub: 'descriptive' | 'preservation',
  what: { readonly en: string; readonly sv: string; readonly svFile: string },
): CheckResult {
  const refs = sectionsOf(ctx, kind).flatMap((s) => s.sec.mdRefs.map((ref) => ({ s, ref })));
  if (refs.length === 0) {
    return notApplicable(
      `The package references no ${what.en} (no ${kind} with mdRef)`,
      `Paketet refererar ingen ${what.sv} (ingen ${kind} med mdRef)`,
    );
  }
  const out: Finding[] = [];
  for (const { s, ref } of refs) {
    const path = hrefTarget(s.mets, ref);
    if (path === null || isInTopFolder(path, `metadata/${sub}`)) continue; // unresolvable: CSIP24/38's finding
    const name = sectionName(s);
    out.push(
      finding(
        `The ${what.en} file '${path}' (${name.en}) is not in a 'metadata/${sub}' folder of the package or of a representation`,
        `${what.svFile} '${path}' (${name.sv}) ligger inte i en mapp 'metadata/${sub}' i paketet eller i en representation`,
        { file: s.mets.path, xpath: `${s.xpath}/mdRef`, line: ref.line },
      ),
    );
  }
  return out;
}
