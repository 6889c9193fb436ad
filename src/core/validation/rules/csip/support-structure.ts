/**
 * Shared helpers for the CSIP file section and structural map rules (CSIP58–CSIP119).
 *
 * Conventions of this area:
 * - Rules run over every readable METS document (package METS first, then representation METS)
 *   unless a rule says it is about the package METS only.
 * - A METS document that is missing (no METS.xml), cannot be parsed or is not METS counts as a
 *   document without any content: the requirements that make the structMap mandatory (CSIP80–82)
 *   fail for it, and requirements on parts of a missing parent are not applicable (the parent's
 *   own requirement reports it).
 * - Everything that may run over 100,000 files uses maps and caches (one pass per document), never
 *   a search per file.
 */
import type {
  Div,
  FileGrp,
  MetsDocument,
  MetsElement,
  MetsFile,
  StructMap,
} from '../../../package/mets-model.ts';
import { metsDocuments, resolveHref, type PackageContext, type ParsedMets } from '../../package-context.ts';
import {
  finding,
  notApplicable,
  type CheckResult,
  type Finding,
  type Location,
  type Message,
} from '../../rule.ts';

/** A METS document that parsed and whose document element is `mets`. */
export interface Mets extends ParsedMets {
  readonly doc: MetsDocument;
}

export function readableMets(ctx: PackageContext): Mets[] {
  return metsDocuments(ctx).filter((p): p is Mets => p.doc?.mets != null);
}

/** The package (root) METS when it is readable. */
export function packageMets(ctx: PackageContext): Mets | null {
  const root = ctx.root;
  return root?.doc?.mets ? (root as Mets) : null;
}

/** Findings for METS documents that cannot be read; `need` names what they therefore lack. */
export function unreadableMets(ctx: PackageContext, need: Message, rootOnly = false): Finding[] {
  const out: Finding[] = [];
  if (!ctx.root) {
    out.push(
      finding(
        `The package has no METS.xml, so ${need.en} is missing`,
        `Paketet saknar METS.xml, så ${need.sv} saknas`,
        { file: 'METS.xml' },
      ),
    );
  }
  const all = rootOnly ? [ctx.root] : [ctx.root, ...ctx.representations];
  for (const p of all) {
    if (!p) continue;
    if (p.parseError) {
      out.push(
        finding(
          `${p.path} could not be read (${p.parseError.message}), so ${need.en} is missing`,
          `${p.path} kunde inte läsas (${p.parseError.sv ?? p.parseError.message}), så ${need.sv} saknas`,
          { file: p.path },
        ),
      );
    } else if (p.doc && !p.doc.mets) {
      out.push(
        finding(
          `${p.path} is not a METS document (its root element is '${p.doc.rootLocalName}'), so ${need.en} is missing`,
          `${p.path} är inget METS-dokument (rotelementet är '${p.doc.rootLocalName}'), så ${need.sv} saknas`,
          { file: p.path },
        ),
      );
    }
  }
  return out;
}

/** Findings if any, else passed when the requirement applied somewhere, else not applicable. */
export function outcome(findings: readonly Finding[], applicable: boolean, na: Message): CheckResult {
  if (findings.length > 0) return findings;
  return applicable ? [] : notApplicable(na.en, na.sv);
}

/** Where a missing file group belongs: the fileSec, or the mets element when there is none. */
export function fileSecLocation(mets: Mets): Location {
  const sec = mets.doc.fileSecs[0];
  return sec ? at(mets, '/mets/fileSec', sec) : at(mets, '/mets', mets.doc.mets ?? undefined);
}

export function at(mets: ParsedMets, xpath: string, el?: MetsElement): Location {
  return el ? { file: mets.path, xpath, line: el.line } : { file: mets.path, xpath };
}

// ---------------------------------------------------------------------------------------------
// Paths

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPath(base: string, rel: string): string {
  return base ? `${base}/${rel}` : rel;
}

/** 'representations/rep1' → 'Representations/rep1' (folder path → USE/LABEL spelling). */
export function capitalizeFirst(path: string): string {
  return path.charAt(0).toUpperCase() + path.slice(1);
}

/** 'Representations/rep1/data' → 'representations/rep1/data' (USE/LABEL spelling → folder path). */
export function lowerFirstSegment(path: string): string {
  return path.replace(/^[^/]+/, (s) => s.toLowerCase());
}

const targetCache = new WeakMap<MetsElement, string | null>();

/** The package path an element's xlink:href points to (null when absent or unresolvable). */
export function hrefTarget(mets: ParsedMets, el: MetsElement): string | null {
  let t = targetCache.get(el);
  if (t === undefined) {
    const href = el.attrs['xlink:href'];
    t = href ? resolveHref(mets.path, href) : null;
    targetCache.set(el, t);
  }
  return t;
}

export function isFileEntry(ctx: PackageContext, path: string): boolean {
  return ctx.entries.get(path)?.type === 'file';
}

const lowerCaseIndex = new WeakMap<PackageContext, Map<string, string>>();

/** A file path that matches `path` except for letter case, for the hint in a failed lookup. */
function sameExceptCase(ctx: PackageContext, path: string): string | undefined {
  let map = lowerCaseIndex.get(ctx);
  if (!map) {
    map = new Map();
    for (const e of ctx.entries.values()) if (e.type === 'file') map.set(e.path.toLowerCase(), e.path);
    lowerCaseIndex.set(ctx, map);
  }
  return map.get(path.toLowerCase());
}

/**
 * Why an xlink:href does not lead to a file of the package (CSIP79, CSIP110), or null when it does:
 * missing, absolute or leaving the package, or naming no existing file.
 */
export function checkLocation(ctx: PackageContext, mets: ParsedMets, el: MetsElement): Message | null {
  const href = el.attrs['xlink:href'];
  if (href === undefined || href.trim() === '')
    return { en: 'xlink:href is missing', sv: 'xlink:href saknas' };
  const target = hrefTarget(mets, el);
  if (target === null) {
    return {
      en: `xlink:href '${href}' is not a relative path inside the package`,
      sv: `xlink:href '${href}' är ingen relativ sökväg inom paketet`,
    };
  }
  if (isFileEntry(ctx, target)) return null;
  const named = target === href ? `'${href}'` : `'${href}' (${target})`;
  const other = sameExceptCase(ctx, target);
  if (other && other !== target) {
    return {
      en: `xlink:href ${named} does not exist; ${other} differs only in letter case (paths are case-sensitive)`,
      sv: `xlink:href ${named} finns inte; ${other} skiljer sig bara i skiftläge (sökvägar är skiftlägeskänsliga)`,
    };
  }
  if (ctx.entries.get(target)?.type === 'directory') {
    return {
      en: `xlink:href ${named} is a folder, not a file`,
      sv: `xlink:href ${named} är en mapp, inte en fil`,
    };
  }
  return {
    en: `xlink:href ${named} does not exist in the package`,
    sv: `xlink:href ${named} finns inte i paketet`,
  };
}

const folderCache = new WeakMap<PackageContext, Set<string>>();

/** Every folder that holds at least one file at any depth (computed once per package). */
export function foldersWithFiles(ctx: PackageContext): ReadonlySet<string> {
  let set = folderCache.get(ctx);
  if (!set) {
    set = new Set();
    for (const e of ctx.entries.values()) {
      if (e.type !== 'file') continue;
      for (let d = dirOf(e.path); d && !set.has(d); d = dirOf(d)) set.add(d);
    }
    folderCache.set(ctx, set);
  }
  return set;
}

/**
 * The folders a fileGrp/@USE can name (CSIP64): the USE as written and with its first segment in
 * lower case ("Representations/rep1" names representations/rep1), relative to the package root or
 * to the folder of the METS document ("Data" in representations/rep1/METS.xml).
 */
export function useFolders(mets: ParsedMets, use: string): string[] {
  const clean = use
    .trim()
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  if (!clean) return [];
  const variants = [clean, lowerFirstSegment(clean)];
  const base = dirOf(mets.path);
  const out = new Set(variants);
  if (base) for (const v of variants) out.add(`${base}/${v}`);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Lexical checks

// xs:NCName, with the Unicode letter classes standing in for XML's NameStartChar/NameChar tables.
const NCNAME = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}._\-\u00B7]*$/u;

export function isNCName(s: string): boolean {
  return NCNAME.test(s);
}

const DATETIME = /^-?(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;

/** xs:dateTime lexical form, with field ranges (month, day of month, 24:00:00, time zone ±14:00). */
export function isXsDateTime(s: string): boolean {
  const m = DATETIME.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, se, frac, , tzh, tzm] = m;
  const year = Number(y);
  if ((y as string).length > 4 && (y as string).startsWith('0')) return false;
  if (year === 0) return false;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  if (day > days) return false;
  const hour = Number(h);
  if (Number(mi) > 59 || Number(se) > 59) return false;
  if (hour > 24) return false;
  if (hour === 24 && (Number(mi) !== 0 || Number(se) !== 0 || /[1-9]/.test(frac ?? ''))) return false;
  if (tzh !== undefined) {
    if (Number(tzm) > 59 || Number(tzh) > 14) return false;
    if (Number(tzh) === 14 && Number(tzm) !== 0) return false;
  }
  return true;
}

const LONG_MAX = 9223372036854775807n;

/** xs:long lexical form and range. */
export function isXsLong(s: string): boolean {
  if (!/^[+-]?\d+$/.test(s)) return false;
  const v = BigInt(s);
  return v <= LONG_MAX && v >= -LONG_MAX - 1n;
}

const TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
const MEDIA_TYPE = new RegExp(
  `^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(\\s*;\\s*${TOKEN}=(${TOKEN}|"[^"]*"))*$`,
);

/** A media type in RFC 6838 syntax (type/subtype, optional parameters). */
export function isMediaType(s: string): boolean {
  return MEDIA_TYPE.test(s);
}

export function idrefs(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** True when the label differs from the vocabulary value only by case or surrounding spaces. */
export function nearMiss(label: string | undefined, expected: string): boolean {
  return label !== undefined && label !== expected && label.trim().toLowerCase() === expected.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// IDs (CSIP59, 65, 67, 83, 85, 89, 94, 98, 102, 106)

const packageIdCache = new WeakMap<PackageContext, Map<string, string[]>>();

/** ID → the METS documents using it, over the whole package (for the CSIP 2.1 package scope). */
function packageIds(ctx: PackageContext): Map<string, string[]> {
  let map = packageIdCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const m of readableMets(ctx)) {
      for (const id of m.doc.ids.keys()) {
        const list = map.get(id);
        if (list) list.push(m.path);
        else map.set(id, [m.path]);
      }
    }
    packageIdCache.set(ctx, map);
  }
  return map;
}

/**
 * The ID of an element: present, an xs:ID (NCName), unique within the METS document (CSIP 2.2
 * wording) and, for CSIP 2.1 profiles, unique within the package (2.1 said "package").
 */
export function idFindings(
  ctx: PackageContext,
  mets: Mets,
  el: MetsElement,
  xpath: string,
  what: Message,
): Finding[] {
  const id = el.attrs['ID'];
  const loc = at(mets, xpath, el);
  if (id === undefined || id.trim() === '') {
    return [finding(`The ${what.en} has no ID`, `${capitalizeFirst(what.sv)} saknar ID`, loc)];
  }
  if (!isNCName(id)) {
    return [
      finding(
        `The ${what.en} has ID '${id}', which is not a valid XML ID (it must start with a letter or '_' and contain no spaces or colons)`,
        `${capitalizeFirst(what.sv)} har ID '${id}', som inte är ett giltigt XML-ID (det ska börja med en bokstav eller '_' och inte innehålla mellanslag eller kolon)`,
        loc,
      ),
    ];
  }
  const inDoc = mets.doc.ids.get(id)?.length ?? 0;
  if (inDoc > 1) {
    return [
      finding(
        `The ${what.en} has ID '${id}', which is used ${inDoc} times in ${mets.path}; an ID must be unique within the METS document`,
        `${capitalizeFirst(what.sv)} har ID '${id}', som används ${inDoc} gånger i ${mets.path}; ett ID måste vara unikt i METS-dokumentet`,
        loc,
      ),
    ];
  }
  if (ctx.profile.csipVersion === '2.1') {
    const others = (packageIds(ctx).get(id) ?? []).filter((p) => p !== mets.path);
    if (others.length > 0) {
      return [
        finding(
          `The ${what.en} has ID '${id}', which is also used in ${others.join(', ')}; CSIP 2.1 requires IDs to be unique within the package`,
          `${capitalizeFirst(what.sv)} har ID '${id}', som även används i ${others.join(', ')}; CSIP 2.1 kräver att ID:n är unika i hela paketet`,
          loc,
        ),
      ];
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// File section

export interface GrpEntry {
  readonly grp: FileGrp;
  readonly xpath: string;
  /** Enclosing fileGrps, outermost first. */
  readonly ancestors: readonly FileGrp[];
}

export interface FileEntry {
  readonly file: MetsFile;
  readonly grp: FileGrp;
  readonly xpath: string;
}

function step(name: string, el: MetsElement, index: number, count: number): string {
  const id = el.attrs['ID'];
  if (id && !id.includes("'")) return `${name}[@ID='${id}']`;
  return count > 1 ? `${name}[${index + 1}]` : name;
}

const grpCache = new WeakMap<MetsDocument, GrpEntry[]>();
const fileCache = new WeakMap<MetsDocument, FileEntry[]>();

function index(doc: MetsDocument): void {
  const grps: GrpEntry[] = [];
  const files: FileEntry[] = [];
  const addFiles = (list: readonly MetsFile[], grp: FileGrp, parent: string): void => {
    list.forEach((file, i) => {
      const xpath = `${parent}/${step('file', file, i, list.length)}`;
      files.push({ file, grp, xpath });
      addFiles(file.files, grp, xpath);
    });
  };
  const addGrps = (list: readonly FileGrp[], parent: string, ancestors: readonly FileGrp[]): void => {
    list.forEach((grp, i) => {
      const xpath = `${parent}/${step('fileGrp', grp, i, list.length)}`;
      grps.push({ grp, xpath, ancestors });
      addFiles(grp.files, grp, xpath);
      addGrps(grp.fileGrps, xpath, [...ancestors, grp]);
    });
  };
  doc.fileSecs.forEach((sec, i) => {
    addGrps(sec.fileGrps, `/mets/${doc.fileSecs.length > 1 ? `fileSec[${i + 1}]` : 'fileSec'}`, []);
  });
  grpCache.set(doc, grps);
  fileCache.set(doc, files);
}

/** Every fileGrp of the document, depth first, with its XPath. */
export function fileGrps(doc: MetsDocument): readonly GrpEntry[] {
  if (!grpCache.has(doc)) index(doc);
  return grpCache.get(doc) as GrpEntry[];
}

/** Every file of the document (nested files included), with its XPath. */
export function fileEntries(doc: MetsDocument): readonly FileEntry[] {
  if (!fileCache.has(doc)) index(doc);
  return fileCache.get(doc) as FileEntry[];
}

/** How findings name a file: where its FLocat points, else its ID. */
export function fileName(m: ParsedMets, e: FileEntry): string {
  const loc = e.file.flocats[0];
  const target = loc ? hrefTarget(m, loc) : null;
  return `'${target ?? loc?.attrs['xlink:href'] ?? e.file.attrs['ID'] ?? '?'}'`;
}

/** Runs a per-file check over every file of every METS document (CSIP67–79). */
export function checkFiles(
  ctx: PackageContext,
  check: (m: Mets, e: FileEntry) => readonly Finding[],
): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    for (const e of fileEntries(m.doc)) {
      applicable = true;
      findings.push(...check(m, e));
    }
  }
  return outcome(findings, applicable, {
    en: 'No METS document lists any file',
    sv: 'Inget METS-dokument förtecknar någon fil',
  });
}

/** CSIP74/75: a file's ADMID/DMDID lists IDs of the right kind of metadata section. */
export function checkFileRefs(
  ctx: PackageContext,
  attr: 'ADMID' | 'DMDID',
  targetIds: (doc: MetsDocument) => Set<string>,
  kind: Message,
): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    let ids: Set<string> | null = null;
    for (const e of fileEntries(m.doc)) {
      const value = e.file.attrs[attr];
      if (value === undefined) continue;
      applicable = true;
      ids ??= targetIds(m.doc);
      const refs = idrefs(value);
      const loc = at(m, e.xpath, e.file);
      if (refs.length === 0) {
        findings.push(
          finding(
            `The file ${fileName(m, e)} has an empty ${attr}`,
            `Filen ${fileName(m, e)} har ett tomt ${attr}`,
            loc,
          ),
        );
      }
      for (const id of refs) {
        if (ids.has(id)) continue;
        findings.push(
          finding(
            `The ${attr} of the file ${fileName(m, e)} refers to '${id}', which is not ${kind.en} in ${m.path}`,
            `${attr} för filen ${fileName(m, e)} hänvisar till '${id}', som inte är ${kind.sv} i ${m.path}`,
            loc,
          ),
        );
      }
    }
  }
  return outcome(findings, applicable, { en: `No file has ${attr}`, sv: `Ingen fil har ${attr}` });
}

export type Kind = 'Documentation' | 'Schemas';

/**
 * USE values that mark a Documentation or Schemas file group: the vocabulary value, and in a
 * representation METS also the folder path from the package root ("Representations/rep1/schemas"),
 * the spelling the representation's data group uses ("Representations/rep1/data").
 */
export function kindUses(mets: ParsedMets, kind: Kind): string[] {
  const out: string[] = [kind];
  if (mets.representation) out.push(`${capitalizeFirst(mets.representation)}/${kind.toLowerCase()}`);
  return out;
}

export function isKindGrp(mets: ParsedMets, grp: FileGrp, kind: Kind): boolean {
  const use = grp.attrs['USE'];
  return use !== undefined && kindUses(mets, kind).includes(use);
}

export function isRepresentationsGrp(grp: FileGrp): boolean {
  return (grp.attrs['USE'] ?? '').startsWith('Representations');
}

/** CSIP60/CSIP113: a Documentation/Schemas file group in every METS document whose folder has such content. */
export function checkKindGroup(ctx: PackageContext, kind: Kind): CheckResult {
  const folder = kind.toLowerCase();
  const folders = foldersWithFiles(ctx);
  const findings: Finding[] = [];
  let applicable = false;
  if (!packageMets(ctx) && folders.has(folder)) {
    applicable = true;
    const need = { en: `the '${kind}' file group for ${folder}/`, sv: `filgruppen '${kind}' för ${folder}/` };
    findings.push(...unreadableMets(ctx, need, true));
  }
  for (const m of readableMets(ctx)) {
    const contentFolder = joinPath(dirOf(m.path), folder);
    const hasContent = folders.has(contentFolder);
    const grps = fileGrps(m.doc).filter((e) => isKindGrp(m, e.grp, kind));
    if (!hasContent && grps.length === 0) continue;
    applicable = true;
    if (!hasContent || grps.length > 0) continue;
    const usesEn = kindUses(m, kind).join("' or '");
    const usesSv = kindUses(m, kind).join("' eller '");
    const near = fileGrps(m.doc).find((e) => nearMiss(e.grp.attrs['USE'], kind));
    const hintEn = near ? ` (file group USE '${near.grp.attrs['USE']}' differs in case or spaces)` : '';
    const hintSv = near
      ? ` (filgruppens USE '${near.grp.attrs['USE']}' skiljer sig i skiftläge eller mellanslag)`
      : '';
    findings.push(
      finding(
        `${contentFolder}/ holds files, but ${m.path} has no file group with USE '${usesEn}'${hintEn}`,
        `${contentFolder}/ innehåller filer, men ${m.path} saknar filgrupp med USE '${usesSv}'${hintSv}`,
        near ? at(m, near.xpath, near.grp) : fileSecLocation(m),
      ),
    );
  }
  return outcome(findings, applicable, {
    en: `The package has no ${folder}/ content and no '${kind}' file group`,
    sv: `Paketet har varken innehåll i ${folder}/ eller någon filgrupp '${kind}'`,
  });
}

/**
 * csip:CONTENTINFORMATIONTYPE values: the DILCIS extension schema's enumeration together with the
 * vocabulary file, which spell the archival-information entries differently (standards.md §3.2).
 */
export const CONTENT_INFORMATION_TYPES: ReadonlySet<string> = new Set([
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citcarchival_v1_0',
  'citsarchival_v1_0',
  'csarchival_v1_0',
  'citscarchival_v1_0',
  'cscarchival_v1_0',
  'citspremis_v1_0',
  'cspremis_v1_0',
  'citserms_v2_1',
  'citserms_v3_0',
  'citsehpj_v1_0',
  'citsehpj_v2_0',
  'citsehcr_v1_0',
  'citssiard_v1_0',
  'citsgeospatial_v3_0',
  'cits3dpm_v1_0',
  'MIXED',
  'OTHER',
]);

/** IDs of the amdSecs and of their techMD/rightsMD/sourceMD/digiprovMD children. */
export function amdIds(doc: MetsDocument): Set<string> {
  const out = new Set<string>();
  for (const amd of doc.amdSecs) {
    if (amd.attrs['ID']) out.add(amd.attrs['ID']);
    for (const sec of [...amd.techMD, ...amd.rightsMD, ...amd.sourceMD, ...amd.digiprovMD]) {
      if (sec.attrs['ID']) out.add(sec.attrs['ID']);
    }
  }
  return out;
}

export function dmdIds(doc: MetsDocument): Set<string> {
  return new Set(doc.dmdSecs.map((s) => s.attrs['ID']).filter((id): id is string => !!id));
}

// ---------------------------------------------------------------------------------------------
// Structural map

export interface DivEntry {
  readonly div: Div;
  readonly xpath: string;
}

export const CSIP_MAP_XPATH = "/mets/structMap[@LABEL='CSIP']";

/** The structMap labelled CSIP (the first, if several: CSIP82 reports the others). */
export function csipStructMap(doc: MetsDocument): StructMap | null {
  return doc.structMaps.find((m) => m.attrs['LABEL'] === 'CSIP') ?? null;
}

/** The main division of the CSIP structMap (CSIP84). */
export function topDiv(doc: MetsDocument): DivEntry | null {
  const div = csipStructMap(doc)?.divs[0];
  return div ? { div, xpath: `${CSIP_MAP_XPATH}/div` } : null;
}

function divStep(div: Div, i: number, count: number): string {
  const label = div.attrs['LABEL'];
  if (label !== undefined && !label.includes("'")) return `div[@LABEL='${label}']`;
  return step('div', div, i, count);
}

/** The sub-divisions of the main division, with their XPaths. */
export function childDivs(doc: MetsDocument): DivEntry[] {
  const top = topDiv(doc);
  if (!top) return [];
  const list = top.div.divs;
  return list.map((div, i) => ({ div, xpath: `${top.xpath}/${divStep(div, i, list.length)}` }));
}

export function divsLabelled(doc: MetsDocument, label: string): DivEntry[] {
  return childDivs(doc).filter((d) => d.div.attrs['LABEL'] === label);
}

/** Divisions for a representation in the package METS: labelled Representations/… or with an mptr. */
export function representationDivs(doc: MetsDocument): DivEntry[] {
  return childDivs(doc).filter(
    (d) => (d.div.attrs['LABEL'] ?? '').startsWith('Representations/') || d.div.mptrs.length > 0,
  );
}

/** Every mptr anywhere in the CSIP structMap, with its XPath. */
export function mptrEntries(doc: MetsDocument): { mptr: MetsElement; xpath: string }[] {
  const out: { mptr: MetsElement; xpath: string }[] = [];
  const walk = (divs: readonly Div[], parent: string): void => {
    divs.forEach((div, i) => {
      const top = parent === CSIP_MAP_XPATH;
      const xpath = `${parent}/${top ? step('div', div, i, divs.length) : divStep(div, i, divs.length)}`;
      div.mptrs.forEach((mptr, j) =>
        out.push({ mptr, xpath: `${xpath}/${div.mptrs.length > 1 ? `mptr[${j + 1}]` : 'mptr'}` }),
      );
      walk(div.divs, xpath);
    });
  };
  const map = csipStructMap(doc);
  if (map) walk(map.divs, CSIP_MAP_XPATH);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The Documentation, Schemas and Representations divisions share one shape (CSIP93–104, 116, 118,
// 119): a division labelled from the vocabulary whose fptrs point to the file groups of that kind.

export interface Section {
  readonly label: 'Documentation' | 'Schemas' | 'Representations';
  readonly en: string;
  readonly sv: string;
  readonly isGrp: (mets: ParsedMets, grp: FileGrp) => boolean;
}

export const DOCUMENTATION: Section = {
  label: 'Documentation',
  en: 'documentation',
  sv: 'dokumentation',
  isGrp: (m, g) => isKindGrp(m, g, 'Documentation'),
};
export const SCHEMAS: Section = {
  label: 'Schemas',
  en: 'schemas',
  sv: 'scheman',
  isGrp: (m, g) => isKindGrp(m, g, 'Schemas'),
};
export const REPRESENTATIONS: Section = {
  label: 'Representations',
  en: 'content',
  sv: 'innehåll',
  isGrp: (_m, g) => isRepresentationsGrp(g),
};

function naNoDivision(s: Section): Message {
  return {
    en: `No METS document has a division labelled '${s.label}'`,
    sv: `Inget METS-dokument har en indelning med etiketten '${s.label}'`,
  };
}

/** CSIP93/97/101: one division for the section when file groups of its kind exist, never several. */
export function checkSectionDivision(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const top = topDiv(m.doc);
    if (!top) continue;
    const divs = divsLabelled(m.doc, s.label);
    const grps = fileGrps(m.doc).filter((e) => s.isGrp(m, e.grp));
    if (divs.length === 0 && grps.length === 0) continue;
    applicable = true;
    if (divs.length > 1) {
      findings.push(
        finding(
          `The structural map has ${divs.length} divisions labelled '${s.label}'; expected exactly one`,
          `Strukturkartan har ${divs.length} indelningar med etiketten '${s.label}'; exakt en förväntades`,
          at(m, (divs[1] as DivEntry).xpath, (divs[1] as DivEntry).div),
        ),
      );
    } else if (divs.length === 0) {
      // CSIP101: with representation METS files the content is described by the
      // Representations/<rep> divisions instead ("when no representations are present").
      if (s === REPRESENTATIONS && representationDivs(m.doc).length > 0) continue;
      const ids = grps.map((e) => `'${e.grp.attrs['ID'] ?? e.grp.attrs['USE']}'`).join(', ');
      findings.push(
        finding(
          `There are ${s.en} file groups (${ids}), but the structural map has no division labelled '${s.label}'`,
          `Det finns filgrupper för ${s.sv} (${ids}), men strukturkartan saknar en indelning med etiketten '${s.label}'`,
          at(m, top.xpath, top.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, {
    en: `No METS document has ${s.en} file groups or a '${s.label}' division`,
    sv: `Inget METS-dokument har filgrupper för ${s.sv} eller en indelning '${s.label}'`,
  });
}

/** CSIP94/98/102: the section division has a unique xs:ID. */
export function checkSectionDivisionId(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    for (const d of divsLabelled(m.doc, s.label)) {
      applicable = true;
      findings.push(
        ...idFindings(ctx, m, d.div, d.xpath, {
          en: `'${s.label}' division`,
          sv: `indelningen '${s.label}'`,
        }),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}

/**
 * CSIP95/99/103: the division of the section carries exactly the vocabulary label. Fails for
 * labels that differ only in case or spaces, and for a division otherwise labelled whose fptr
 * points to a file group of this kind.
 */
export function checkSectionLabel(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const byId = grpById(m.doc);
    for (const d of childDivs(m.doc)) {
      const label = d.div.attrs['LABEL'];
      if (label === s.label) {
        applicable = true;
        continue;
      }
      if (s === REPRESENTATIONS && (label ?? '').startsWith('Representations/')) continue; // CSIP107
      const pointsHere = d.div.fptrs.some((f) =>
        idrefs(f.attrs['FILEID']).some((id) => {
          const grp = byId.get(id);
          return grp !== undefined && s.isGrp(m, grp.grp);
        }),
      );
      if (!nearMiss(label, s.label) && !pointsHere) continue;
      applicable = true;
      findings.push(
        finding(
          `The division for ${s.en} is labelled '${label ?? ''}'; expected exactly '${s.label}'`,
          `Indelningen för ${s.sv} har etiketten '${label ?? ''}'; exakt '${s.label}' förväntades`,
          at(m, d.xpath, d.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}

const grpIdCache = new WeakMap<MetsDocument, Map<string, GrpEntry>>();

export function grpById(doc: MetsDocument): Map<string, GrpEntry> {
  let map = grpIdCache.get(doc);
  if (!map) {
    map = new Map();
    for (const e of fileGrps(doc)) {
      const id = e.grp.attrs['ID'];
      if (id && !map.has(id)) map.set(id, e);
    }
    grpIdCache.set(doc, map);
  }
  return map;
}

/**
 * CSIP96/100/104: every file group of the section's kind is referenced from the division (directly
 * or through an enclosing group), one file group per fptr.
 */
export function checkSectionCoverage(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const divs = divsLabelled(m.doc, s.label);
    if (divs.length === 0) continue;
    applicable = true;
    const referenced = new Set<string>();
    for (const d of divs) {
      d.div.fptrs.forEach((f, i) => {
        const ids = idrefs(f.attrs['FILEID']);
        ids.forEach((id) => referenced.add(id));
        if (ids.length > 1) {
          findings.push(
            finding(
              `An fptr of the '${s.label}' division references ${ids.length} file groups (${ids.join(', ')}); use one fptr per file group`,
              `En filpekare i indelningen '${s.label}' refererar till ${ids.length} filgrupper (${ids.join(', ')}); använd en filpekare per filgrupp`,
              at(m, `${d.xpath}/fptr[${i + 1}]`, f),
            ),
          );
        }
      });
    }
    const first = divs[0] as DivEntry;
    for (const e of fileGrps(m.doc)) {
      if (!s.isGrp(m, e.grp)) continue;
      const covered = [...e.ancestors, e.grp].some((g) => referenced.has(g.attrs['ID'] ?? '\u0000'));
      if (covered) continue;
      const id = e.grp.attrs['ID'];
      findings.push(
        finding(
          id
            ? `The ${s.en} file group '${id}' is not referenced by an fptr of the '${s.label}' division`
            : `A ${s.en} file group (USE '${e.grp.attrs['USE']}') has no ID, so the '${s.label}' division cannot reference it`,
          id
            ? `Filgruppen '${id}' för ${s.sv} refereras inte av någon filpekare i indelningen '${s.label}'`
            : `En filgrupp för ${s.sv} (USE '${e.grp.attrs['USE']}') saknar ID och kan därför inte refereras från indelningen '${s.label}'`,
          at(m, first.xpath, first.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, naNoDivision(s));
}

/** CSIP116/118/119: each fptr of the division has a FILEID naming a file group of the section's kind. */
export function checkSectionPointers(ctx: PackageContext, s: Section): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const byId = grpById(m.doc);
    for (const d of divsLabelled(m.doc, s.label)) {
      d.div.fptrs.forEach((f, i) => {
        applicable = true;
        const loc = at(m, `${d.xpath}/${d.div.fptrs.length > 1 ? `fptr[${i + 1}]` : 'fptr'}`, f);
        const ids = idrefs(f.attrs['FILEID']);
        if (ids.length === 0) {
          findings.push(
            finding(
              `An fptr of the '${s.label}' division has no FILEID`,
              `En filpekare i indelningen '${s.label}' saknar FILEID`,
              loc,
            ),
          );
        }
        for (const id of ids) {
          const grp = byId.get(id);
          if (grp && s.isGrp(m, grp.grp)) continue;
          const element = m.doc.ids.get(id)?.[0]?.element;
          findings.push(
            grp
              ? finding(
                  `An fptr of the '${s.label}' division points to file group '${id}', whose USE is '${grp.grp.attrs['USE'] ?? ''}', not a ${s.en} file group`,
                  `En filpekare i indelningen '${s.label}' pekar på filgruppen '${id}' med USE '${grp.grp.attrs['USE'] ?? ''}', som inte är en filgrupp för ${s.sv}`,
                  loc,
                )
              : element
                ? finding(
                    `An fptr of the '${s.label}' division points to '${id}', which is a ${element} element, not a file group`,
                    `En filpekare i indelningen '${s.label}' pekar på '${id}', som är ett ${element}-element och inte en filgrupp`,
                    loc,
                  )
                : finding(
                    `An fptr of the '${s.label}' division points to '${id}', but no element has that ID`,
                    `En filpekare i indelningen '${s.label}' pekar på '${id}', men inget element har det ID:t`,
                    loc,
                  ),
          );
        }
      });
    }
  }
  return outcome(findings, applicable, {
    en: `No '${s.label}' division has an fptr`,
    sv: `Ingen indelning '${s.label}' har någon filpekare`,
  });
}

// ---------------------------------------------------------------------------------------------
// CSIP91/92: the Metadata division references the current metadata sections.

interface CurrentSection {
  readonly id: string;
  readonly kind: string;
  /** IDs whose reference also covers this section (its amdSec). */
  readonly coveredBy: readonly string[];
}

function currentSections(doc: MetsDocument, attr: 'ADMID' | 'DMDID'): CurrentSection[] {
  const out: CurrentSection[] = [];
  const add = (sec: { attrs: Record<string, string>; kind: string }, coveredBy: string[]): void => {
    const id = sec.attrs['ID'];
    if (id && sec.attrs['STATUS'] === 'CURRENT') out.push({ id, kind: sec.kind, coveredBy });
  };
  if (attr === 'DMDID') for (const s of doc.dmdSecs) add(s, []);
  else {
    for (const amd of doc.amdSecs) {
      const parent = amd.attrs['ID'] ? [amd.attrs['ID']] : [];
      for (const s of [...amd.techMD, ...amd.rightsMD, ...amd.sourceMD, ...amd.digiprovMD]) add(s, parent);
    }
  }
  return out;
}

export function checkMetadataReferences(ctx: PackageContext, attr: 'ADMID' | 'DMDID'): CheckResult {
  const words =
    attr === 'ADMID'
      ? { en: 'an administrative metadata section (amdSec)', sv: 'en administrativ metadatasektion (amdSec)' }
      : { en: 'a descriptive metadata section (dmdSec)', sv: 'en beskrivande metadatasektion (dmdSec)' };
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    const current = currentSections(m.doc, attr);
    const divs = divsLabelled(m.doc, 'Metadata');
    const refs = new Set(divs.flatMap((d) => idrefs(d.div.attrs[attr])));
    if (current.length === 0 && refs.size === 0) continue;
    applicable = true;
    const first = divs[0];
    if (!first) {
      const ids = current.map((c) => `'${c.id}'`).join(', ');
      const top = topDiv(m.doc);
      findings.push(
        finding(
          `${m.path} has no 'Metadata' division to reference the current metadata sections ${ids}`,
          `${m.path} saknar indelningen 'Metadata' som ska referera till de aktuella metadatasektionerna ${ids}`,
          top ? at(m, top.xpath, top.div) : at(m, '/mets', m.doc.mets ?? undefined),
        ),
      );
      continue;
    }
    const valid = attr === 'ADMID' ? amdIds(m.doc) : dmdIds(m.doc);
    for (const id of refs) {
      if (valid.has(id)) continue;
      findings.push(
        finding(
          `The 'Metadata' division's ${attr} refers to '${id}', which is not ${words.en} of ${m.path}`,
          `Indelningen 'Metadata' har ${attr} som hänvisar till '${id}', som inte är ${words.sv} i ${m.path}`,
          at(m, first.xpath, first.div),
        ),
      );
    }
    for (const c of current) {
      if (refs.has(c.id) || c.coveredBy.some((p) => refs.has(p))) continue;
      findings.push(
        finding(
          `The current ${c.kind} '${c.id}' is not referenced from the 'Metadata' division's ${attr}`,
          `Den aktuella metadatasektionen ${c.kind} '${c.id}' refereras inte från ${attr} i indelningen 'Metadata'`,
          at(m, first.xpath, first.div),
        ),
      );
    }
  }
  return outcome(findings, applicable, {
    en: `No METS document has current ${attr === 'ADMID' ? 'administrative' : 'descriptive'} metadata sections or a 'Metadata' division ${attr}`,
    sv: `Inget METS-dokument har aktuella ${attr === 'ADMID' ? 'administrativa' : 'beskrivande'} metadatasektioner eller ${attr} i indelningen 'Metadata'`,
  });
}

/** CSIP111/112: every mptr of a CSIP structural map carries the attribute with the fixed value. */
export function checkMptrAttribute(
  ctx: PackageContext,
  attr: 'xlink:type' | 'LOCTYPE',
  value: string,
): CheckResult {
  const findings: Finding[] = [];
  let applicable = false;
  for (const m of readableMets(ctx)) {
    for (const { mptr, xpath } of mptrEntries(m.doc)) {
      applicable = true;
      const found = mptr.attrs[attr];
      if (found === value) continue;
      findings.push(
        finding(
          found === undefined
            ? `The METS pointer (mptr) has no ${attr}; expected '${value}'`
            : `The METS pointer (mptr) has ${attr} '${found}'; expected '${value}'`,
          found === undefined
            ? `METS-pekaren (mptr) saknar ${attr}; '${value}' förväntades`
            : `METS-pekaren (mptr) har ${attr} '${found}'; '${value}' förväntades`,
          at(m, xpath, mptr),
        ),
      );
    }
  }
  return outcome(findings, applicable, {
    en: 'No CSIP structural map has a METS pointer (mptr)',
    sv: 'Ingen CSIP-strukturkarta har någon METS-pekare (mptr)',
  });
}
