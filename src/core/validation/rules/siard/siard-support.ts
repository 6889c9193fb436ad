/**
 * What the CITS SIARD rules share: whether the package holds a database at all (the SIARD analysis
 * exists only then, so every SIARD rule is not applicable without it), which representations hold
 * it, the vocabulary of OTHERCONTENTINFORMATIONTYPE, and the manual checkpoints.
 */
import { walkFileGrps, walkFiles, type FileGrp } from '../../../package/mets-model.ts';
import type { SiardAnalysis } from '../../../siard/siard-analysis.ts';
import { SIARD_CONTENT_TYPES } from '../../../siard/siard-targets.ts';
import { resolveHref, type PackageContext } from '../../package-context.ts';
import { notApplicable, type CheckResult } from '../../rule.ts';
import { packageMets, readableMets, type Mets } from '../shared/mets-documents.ts';

export const CITS_SIARD = 'citssiard_v1_0';
export const ROOT_PROFILE_URL = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-ROOT.xml';
export const REP_PROFILE_URL = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-REPRESENTATION.xml';
/** CITSSIARDOtherVocabularyContentInformationType.xml (CITS SIARD 1.0). */
export const SIARD_OTHER_TYPES: readonly string[] = [
  'SIARD_1.0',
  'SIARD_2.0',
  'SIARD_2.1',
  'SIARD_2.2',
  'Database_dump',
];
export const DATABASE_DUMP = 'Database_dump';

export function siardAnalysis(ctx: PackageContext): SiardAnalysis | null {
  return (ctx.analyses?.get('siard') as SiardAnalysis | undefined) ?? null;
}

/** Runs a check only for packages that hold a database (the SIARD analyzer ran). */
export function withSiard(ctx: PackageContext, check: (analysis: SiardAnalysis) => CheckResult): CheckResult {
  const analysis = siardAnalysis(ctx);
  if (analysis) return check(analysis);
  return notApplicable(
    'The package holds no database: it declares no CITS SIARD content (citssiard_v1_0) and has no .siard file',
    'Paketet innehåller ingen databas: det anger inget CITS SIARD-innehåll (citssiard_v1_0) och har ingen .siard-fil',
  );
}

/** A requirement on agreements or documentation that a person has to judge. */
export function manualCheckpoint(ctx: PackageContext, en: string, sv: string): CheckResult {
  return withSiard(ctx, () =>
    notApplicable(
      `Manual checkpoint: ${en}; samarkiv cannot judge this`,
      `Manuell kontrollpunkt: ${sv}; samarkiv kan inte bedöma detta`,
    ),
  );
}

/** `representations/<name>` of a path, or null. */
export function representationOf(path: string): string | null {
  return /^(representations\/[^/]+)\//.exec(path)?.[1] ?? null;
}

/** The package METS's file groups that point to a representation's METS.xml or name it in USE. */
export function rootGroupsFor(ctx: PackageContext, representation: string): { root: Mets; grp: FileGrp }[] {
  const root = packageMets(ctx);
  if (!root) return [];
  const name = representation.slice('representations/'.length);
  const out: { root: Mets; grp: FileGrp }[] = [];
  for (const grp of walkFileGrps(root.doc)) {
    const use = (grp.attrs['USE'] ?? '').toLowerCase();
    const points = grp.files.some((f) =>
      f.flocats.some(
        (l) => resolveHref(root.path, l.attrs['xlink:href'] ?? '') === `${representation}/METS.xml`,
      ),
    );
    if (points || use === `representations/${name.toLowerCase()}`) out.push({ root, grp });
  }
  return out;
}

/**
 * The representations that hold a database: those whose METS or package file group declares a
 * SIARD content type, or whose data holds a .siard file; all of them when none is marked so.
 */
export function siardRepresentations(ctx: PackageContext): Mets[] {
  const reps = readableMets(ctx).filter((m) => m.representation);
  const analysis = siardAnalysis(ctx);
  const marked = reps.filter((m) => {
    const folder = m.representation as string;
    if (SIARD_CONTENT_TYPES.has(m.doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'] ?? '')) return true;
    if (
      rootGroupsFor(ctx, folder).some(({ grp }) =>
        SIARD_CONTENT_TYPES.has(grp.attrs['csip:CONTENTINFORMATIONTYPE'] ?? ''),
      )
    )
      return true;
    return analysis?.files.some((f) => f.representation === folder) ?? false;
  });
  return marked.length > 0 ? marked : reps;
}

/** The data file groups of a representation METS: USE "Data", or ending in "/data" (CSIP 2.x). */
export function dataGroups(m: Mets): FileGrp[] {
  return [...walkFileGrps(m.doc)].filter((g) => /(^|\/)data$/i.test(g.attrs['USE'] ?? ''));
}

/** Files of a representation METS's data groups whose csip:OTHERCONTENTINFORMATIONTYPE is `value`. */
export function dataFilesOfType(m: Mets, value: string): number {
  const groups = new Set(dataGroups(m));
  let n = 0;
  for (const { file, grp } of walkFiles(m.doc))
    if (groups.has(grp) && file.attrs['csip:OTHERCONTENTINFORMATIONTYPE'] === value) n++;
  return n;
}

/** Files of the package below a folder (with trailing slash). */
export function filesUnder(ctx: PackageContext, folder: string): string[] {
  const out: string[] = [];
  for (const e of ctx.entries.values()) if (e.type === 'file' && e.path.startsWith(folder)) out.push(e.path);
  return out.sort();
}

/** Files in the package's documentation folders: documentation/ and representations/<rep>/documentation/. */
export function documentationFiles(ctx: PackageContext): string[] {
  const out: string[] = [];
  for (const e of ctx.entries.values()) {
    if (e.type === 'file' && /^(representations\/[^/]+\/)?documentation\//.test(e.path)) out.push(e.path);
  }
  return out.sort();
}

/** The last segment of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
