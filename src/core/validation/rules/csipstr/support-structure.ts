/**
 * Shared helpers of the folder structure rules (CSIPSTR1–CSIPSTR16): a listing index of the
 * package (built once per context), the representation folders, and the folder name an OBJID may
 * be stored under.
 */
import { walkFiles } from '../../../package/mets-model.ts';
import { metsDocuments, resolveHref, type ListedEntry, type PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import { sectionName, sectionsOf } from '../csip/support-metadata.ts';

interface Listing {
  /** Direct children of each folder ('' = the root folder). */
  readonly children: ReadonlyMap<string, readonly ListedEntry[]>;
}

const LISTINGS = new WeakMap<PackageContext, Listing>();

function listing(ctx: PackageContext): Listing {
  const cached = LISTINGS.get(ctx);
  if (cached) return cached;
  const children = new Map<string, ListedEntry[]>();
  for (const e of ctx.entries.values()) {
    const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '';
    const list = children.get(parent);
    if (list) list.push(e);
    else children.set(parent, [e]);
  }
  const built = { children };
  LISTINGS.set(ctx, built);
  return built;
}

export function childrenOf(ctx: PackageContext, folder: string): readonly ListedEntry[] {
  return listing(ctx).children.get(folder) ?? [];
}

export function isFolder(ctx: PackageContext, path: string): boolean {
  return ctx.entries.get(path)?.type === 'directory';
}

export function isFile(ctx: PackageContext, path: string): boolean {
  return ctx.entries.get(path)?.type === 'file';
}

/** True when some file lies (at any depth) below the folder. */
export function hasFilesBelow(ctx: PackageContext, folder: string): boolean {
  const prefix = `${folder}/`;
  for (const e of ctx.entries.values()) if (e.type === 'file' && e.path.startsWith(prefix)) return true;
  return false;
}

/** The last path segment. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A sibling of `path` whose name differs only in letter case, for "names are case-sensitive" hints. */
export function otherCase(ctx: PackageContext, path: string): ListedEntry | undefined {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const name = baseName(path).toLowerCase();
  return childrenOf(ctx, parent).find((e) => e.path !== path && baseName(e.path).toLowerCase() === name);
}

export function caseHint(ctx: PackageContext, path: string): { en: string; sv: string } {
  const other = otherCase(ctx, path);
  if (!other) return { en: '', sv: '' };
  return {
    en: ` (there is '${other.path}': names are case-sensitive)`,
    sv: ` (det finns '${other.path}': namn skiljer på stora och små bokstäver)`,
  };
}

/** Paths of the folders directly under representations/ (CSIPSTR10), sorted. */
export function representationFolders(ctx: PackageContext): string[] {
  return childrenOf(ctx, 'representations')
    .filter((e) => e.type === 'directory')
    .map((e) => e.path)
    .sort();
}

/** CSIPSTR11–13: each representation folder holds a required child (a folder or a file). */
export function checkEachRepresentation(
  ctx: PackageContext,
  child: string,
  kind: 'directory' | 'file',
  why: { en: string; sv: string },
): CheckResult {
  const reps = representationFolders(ctx);
  if (reps.length === 0) {
    return notApplicable(
      'The package has no representation folders under representations/',
      'Paketet har inga representationsmappar under representations/',
    );
  }
  const out: Finding[] = [];
  for (const rep of reps) {
    const path = `${rep}/${child}`;
    if (ctx.entries.get(path)?.type === kind) continue;
    const what = kind === 'directory' ? { en: 'folder', sv: 'mappen' } : { en: 'file', sv: 'filen' };
    const hint = caseHint(ctx, path);
    out.push(
      finding(
        `The representation folder '${rep}' has no ${what.en} '${child}'${hint.en}; ${why.en}`,
        `Representationsmappen '${rep}' saknar ${what.sv} '${child}'${hint.sv}; ${why.sv}`,
        { file: rep },
      ),
    );
  }
  return out;
}

const isControl = (c: number): boolean => c < 0x20 || (c >= 0x7f && c <= 0x9f);
/** Characters no file system accepts in a name: path separators and control characters. */
const unsafeEverywhere = (c: number): boolean => c === 0x2f || c === 0x5c || isControl(c);
/** Also the characters Windows refuses: : * ? " < > | */
const unsafeOnWindows = (c: number): boolean =>
  unsafeEverywhere(c) || ':*?"<>|'.includes(String.fromCodePoint(c));

function percentEncode(ch: string): string {
  return Array.from(
    new TextEncoder().encode(ch),
    (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

function encodeWhere(s: string, unsafe: (c: number) => boolean): string {
  return Array.from(s, (ch) => (unsafe(ch.codePointAt(0) ?? 0) ? percentEncode(ch) : ch)).join('');
}

/**
 * The folder names an OBJID may be stored under (CSIPSTR2, CSIP1: "there are different character
 * mapping techniques"): the OBJID itself; `:` replaced by `+` (the convention of the E-ARK AIP
 * samples, standards.md §2); and characters that cannot be in a file name percent-encoded, either
 * only the path separators and control characters (samarkiv's writer) or also the characters
 * Windows refuses. Compared in Unicode NFC, as entry names are.
 */
export function folderNamesFor(objid: string): Set<string> {
  const id = objid.trim().normalize('NFC');
  return new Set([
    id,
    id.replace(/:/g, '+'),
    encodeWhere(id, unsafeEverywhere),
    encodeWhere(id, unsafeOnWindows),
  ]);
}

export function namesFolder(objid: string, folder: string): boolean {
  return folderNamesFor(objid).has(folder.normalize('NFC'));
}

/** `…/<sub>/…` directly in the package root or in a representation folder. */
export function isInTopFolder(path: string, sub: string): boolean {
  return new RegExp(`^(?:representations/[^/]+/)?${sub}/`).test(path);
}

export interface PlacedFile {
  readonly metsPath: string;
  readonly path: string;
  readonly href: string;
  readonly xpath: string;
  readonly line: number;
}

/** The files of every fileGrp with the given USE (e.g. "Schemas"), resolved to package paths. */
export function filesOfGroupsWithUse(ctx: PackageContext, use: string): PlacedFile[] {
  const out: PlacedFile[] = [];
  for (const parsed of metsDocuments(ctx)) {
    if (!parsed.doc) continue;
    for (const { file, grpPath } of walkFiles(parsed.doc)) {
      if (!grpPath.some((g) => g.attrs['USE'] === use)) continue;
      const id = file.attrs['ID'];
      const grps = grpPath.map(
        (g) => `/fileGrp${g.attrs['ID'] ? `[@ID='${g.attrs['ID']}']` : `[@USE='${g.attrs['USE'] ?? ''}']`}`,
      );
      const xpath = `/mets/fileSec${grps.join('')}/file${id ? `[@ID='${id}']` : ''}/FLocat`;
      for (const loc of file.flocats) {
        const href = loc.attrs['xlink:href'];
        const path = href ? resolveHref(parsed.path, href) : null;
        if (href && path !== null) out.push({ metsPath: parsed.path, path, href, xpath, line: loc.line });
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
  const refs = sectionsOf(ctx, kind).flatMap((s) =>
    s.sec.mdRefs.map((ref) => ({ s, ref, href: ref.attrs['xlink:href'] ?? '' })),
  );
  if (refs.length === 0) {
    return notApplicable(
      `The package references no ${what.en} (no ${kind} with mdRef)`,
      `Paketet refererar ingen ${what.sv} (ingen ${kind} med mdRef)`,
    );
  }
  const out: Finding[] = [];
  for (const { s, ref, href } of refs) {
    const path = href ? resolveHref(s.parsed.path, href) : null;
    if (path === null || isInTopFolder(path, `metadata/${sub}`)) continue; // unresolvable: CSIP24/38's finding
    const name = sectionName(s);
    out.push(
      finding(
        `The ${what.en} file '${path}' (${name.en}) is not in a 'metadata/${sub}' folder of the package or of a representation`,
        `${what.svFile} '${path}' (${name.sv}) ligger inte i en mapp 'metadata/${sub}' i paketet eller i en representation`,
        { file: s.parsed.path, xpath: `${s.xpath}/mdRef`, line: ref.line },
      ),
    );
  }
  return out;
}
