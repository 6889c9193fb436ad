/**
 * Shared helpers of the METS metadata rules (CSIP1–CSIP57, CSIP117): the vocabularies they check
 * against, lexical checks (xs:dateTime, xs:long, xs:ID, media type), XPaths for findings, and the
 * families that repeat per metadata section kind, so each is written once:
 * - section attributes: ID (CSIP18/33/46), STATUS (CSIP20/34/47), mdRef presence (CSIP21/35/48);
 * - the mdRef attribute family: CSIP22–30 (dmdSec), CSIP36–44 (digiprovMD), CSIP49–57 (rightsMD).
 */
import type { MdSec, MetsAgent, MetsDocument, MetsElement, MetsHdr } from '../../../package/mets-model.ts';
import {
  CHECKSUM_TYPES,
  metsDocuments,
  resolveHref,
  type ChecksumType,
  type PackageContext,
  type ParsedMets,
} from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding, type Location } from '../../rule.ts';

// ---------------------------------------------------------------------------------------------
// Vocabularies

/**
 * Content categories for mets/@TYPE (CSIP2), copied term for term from
 * schemas/vocabularies/CSIPVocabularyContentCategory.xml (DILCIS, 2024-05-17; 42 terms).
 * Several terms use an en dash (U+2013 "–"), others a hyphen-minus: both exactly as published.
 */
export const CONTENT_CATEGORIES: readonly string[] = [
  'Textual works – Print',
  'Textual works – Digital',
  'Textual works – Electronic Serials',
  'Digital Musical Composition (score-based representations)',
  'Musical Scores - Print',
  'Musical Scores - Digital',
  'Photographs – Print',
  'Photographs – Digital',
  'Other Graphic Images – Print',
  'Other Graphic Images – Digital',
  'Microforms',
  'Audio – On Tangible Medium (digital or analog)',
  'Audio – Media-independent (digital)',
  'Motion Pictures – Digital and Physical Media',
  'Video – File-based and Physical Media',
  'Software',
  'Software and Video Games',
  'Email',
  'Datasets',
  'Geospatial Data',
  'Geographic Information System (GIS) - Vector Data',
  'GIS Raster and Georeferenced Images',
  'GIS Vector and Raster Combined',
  'Non-GIS Cartographic',
  '2D and 3D Computer Aided Design',
  'Design (schematics, architectural drawings) - Print',
  'Scanned 3D Objects (output from photogrammetry scanning)',
  'Databases',
  'Websites',
  'Web Archives',
  'Collection',
  'Event',
  'Image',
  'Interactive resource',
  'Moving image',
  'Sound',
  'Still image',
  'Text',
  'Physical object',
  'Service',
  'Mixed',
  'Other',
];

/** The two spellings of "other" for mets/@TYPE: the vocabulary's "Other" and CSIP2's own "OTHER". */
export const OTHER_CONTENT_CATEGORIES: readonly string[] = ['Other', 'OTHER'];

/**
 * csip:CONTENTINFORMATIONTYPE values (CSIP4) as enumerated by schemas/csip/DILCISExtensionMETS.xsd.
 * The XSD is authoritative where it differs from CSIPVocabularyContentInformationType.xml
 * (standards.md §3.2: the vocabulary's citscarchival/cscarchival are not in the schema).
 */
export const CONTENT_INFORMATION_TYPES: readonly string[] = [
  'ERMS',
  'SIARD1',
  'SIARD2',
  'SIARDDK',
  'GeoData',
  'citcarchival_v1_0',
  'citsarchival_v1_0',
  'csarchival_v1_0',
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
];

/** metsHdr/@csip:OAISPACKAGETYPE (CSIP9), schemas/vocabularies/CSIPVocabularyOAISPackageType.xml. */
export const OAIS_PACKAGE_TYPES: readonly string[] = ['SIP', 'AIP', 'DIP', 'AIU', 'AIC'];

/** @STATUS of metadata sections (CSIP20/34/47), schemas/vocabularies/CSIPVocabularyStatus.xml. */
export const STATUS_VALUES: readonly string[] = ['SUPERSEDED', 'CURRENT'];

/** mdRef/@MDTYPE (CSIP25/39/52): the enumeration of schemas/mets/mets.xsd (METS 1.12). */
export const MDTYPES: readonly string[] = [
  'MARC',
  'MODS',
  'EAD',
  'DC',
  'NISOIMG',
  'LC-AV',
  'VRA',
  'TEIHDR',
  'DDI',
  'FGDC',
  'LOM',
  'PREMIS',
  'PREMIS:OBJECT',
  'PREMIS:AGENT',
  'PREMIS:RIGHTS',
  'PREMIS:EVENT',
  'TEXTMD',
  'METSRIGHTS',
  'ISO 19115:2003 NAP',
  'EAC-CPF',
  'LIDO',
  'OTHER',
];

// ---------------------------------------------------------------------------------------------
// Lexical checks

const DATE_TIME = /^(-?)(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** xs:dateTime (XML Schema 1.0) lexical form, whitespace collapsed first as the schema does. */
export function isXsDateTime(raw: string): boolean {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) return false;
  const [, sign, y = '', mo = '', d = '', h = '', mi = '', s = '', frac = '', tz] = m;
  if ((y.length > 4 && y.startsWith('0')) || /^0+$/.test(y)) return false; // no year 0000 in XSD 1.0
  const year = Number(`${sign}${y}`);
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (Number(d) < 1 || Number(d) > daysInMonth(year, month)) return false;
  const endOfDay = h === '24' && mi === '00' && s === '00' && /^\.?0*$/.test(frac);
  if ((Number(h) > 23 && !endOfDay) || Number(mi) > 59 || Number(s) > 59) return false;
  if (tz && tz !== 'Z') {
    const [th, tm] = [Number(tz.slice(1, 3)), Number(tz.slice(4, 6))];
    if (tm > 59 || th > 14 || (th === 14 && tm !== 0)) return false;
  }
  return true;
}

/** True when an xs:dateTime carries a time zone (so two values can be ordered on one time line). */
export function hasTimeZone(raw: string): boolean {
  return /(Z|[+-]\d{2}:\d{2})$/.test(raw.trim());
}

const LONG_MAX = 2n ** 63n - 1n;

/** A file size in bytes: an xs:long lexical value that is not negative. Returns null otherwise. */
export function parseSize(raw: string): number | null {
  const t = raw.trim();
  if (!/^\+?\d+$/.test(t)) return null;
  const n = BigInt(t);
  return n > LONG_MAX ? null : Number(n);
}

/** XML 1.0 (5th ed.) NameStartChar without ':' — the first character of an xs:NCName. */
function isNameStart(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 NameChar without ':'. */
function isNameChar(c: number): boolean {
  return (
    isNameStart(c) ||
    c === 0x2d ||
    c === 0x2e ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0xb7 ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x203f && c <= 0x2040)
  );
}

/** xs:NCName, the lexical space of xs:ID (whitespace collapsed first, as the schema does). */
export function isNCName(raw: string): boolean {
  const chars = Array.from(raw.trim(), (ch) => ch.codePointAt(0) ?? 0);
  return chars.length > 0 && isNameStart(chars[0] as number) && chars.every(isNameChar);
}

/** RFC 6838 restricted-name; parameters (`; charset=UTF-8`) are allowed after type/subtype. */
const RESTRICTED_NAME = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
const MEDIA_TYPE = new RegExp(
  `^${RESTRICTED_NAME}/${RESTRICTED_NAME}(?:\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"]*"))*$`,
);

export function isMediaType(raw: string): boolean {
  return MEDIA_TYPE.test(raw.trim());
}

export function quote(v: string): string {
  return `'${v}'`;
}

// ---------------------------------------------------------------------------------------------
// Documents and XPaths

/** `[@ID='x']` when the element has an ID, else its 1-based position among its siblings. */
export function pred(el: MetsElement, index: number): string {
  const id = el.attrs['ID'];
  return id ? `[@ID='${id}']` : `[${index + 1}]`;
}

export function at(parsed: ParsedMets, xpath: string, line?: number): Location {
  return line === undefined ? { file: parsed.path, xpath } : { file: parsed.path, xpath, line };
}

/**
 * The finding of every requirement that demands something in the package METS when there is no
 * package METS to look at (no METS.xml, or one that cannot be parsed); null when it is there.
 */
export function rootMetsProblem(ctx: PackageContext): Finding | null {
  if (!ctx.root) {
    return finding(
      'The package has no METS.xml in its root folder, so this requirement cannot be met',
      'Paketet saknar METS.xml i rotmappen, så kravet kan inte uppfyllas',
      { file: 'METS.xml' },
    );
  }
  if (!ctx.root.doc) {
    const why = ctx.root.parseError?.message ?? 'unknown error';
    return finding(
      `The package METS.xml could not be read (${why}), so this requirement cannot be checked as met`,
      `Paketets METS.xml kunde inte läsas (${why}), så kravet kan inte bedömas som uppfyllt`,
      { file: ctx.root.path },
    );
  }
  return null;
}

/** A representation METS that exists but cannot be parsed lacks everything a METS must hold. */
function unreadableRepresentations(ctx: PackageContext): Finding[] {
  return ctx.representations
    .filter((r) => !r.doc)
    .map((r) => {
      const why = r.parseError?.message ?? 'unknown error';
      return finding(
        `The representation METS ${r.path} could not be read (${why}), so this requirement cannot be checked as met`,
        `Representationens METS ${r.path} kunde inte läsas (${why}), så kravet kan inte bedömas som uppfyllt`,
        { file: r.path },
      );
    });
}

/**
 * Runs a check over every parsed METS document (package METS first, then representations) and
 * reports a missing or unreadable package METS, and each unreadable representation METS, once.
 * For requirements that hold for every METS document.
 */
export function everyMets(
  ctx: PackageContext,
  check: (parsed: ParsedMets, doc: MetsDocument) => Finding[],
): Finding[] {
  const out: Finding[] = [];
  const problem = rootMetsProblem(ctx);
  if (problem) out.push(problem);
  out.push(...unreadableRepresentations(ctx));
  for (const parsed of metsDocuments(ctx)) out.push(...check(parsed, parsed.doc as MetsDocument));
  return out;
}

/** everyMets for checks on the root `mets` element; a document whose root is not METS fails. */
export function everyMetsRoot(
  ctx: PackageContext,
  check: (parsed: ParsedMets, mets: MetsElement) => Finding[],
): Finding[] {
  return everyMets(ctx, (parsed, doc) => {
    if (doc.mets) return check(parsed, doc.mets);
    const name = `{${doc.rootNamespace}}${doc.rootLocalName}`;
    return [
      finding(
        `The document element is ${name}, not the METS element mets`,
        `Dokumentelementet är ${name}, inte METS-elementet mets`,
        at(parsed, '/*', 1),
      ),
    ];
  });
}

/** The single metsHdr of a document, or a finding that it is missing (CSIP117 makes it mandatory). */
export function headerOf(parsed: ParsedMets, doc: MetsDocument): MetsHdr | Finding {
  const hdr = doc.metsHdrs[0];
  if (hdr) return hdr;
  return finding(
    'The METS document has no metsHdr, so the package header information is missing',
    'METS-dokumentet saknar metsHdr, så paketets huvudinformation saknas',
    at(parsed, '/mets/metsHdr', doc.mets?.line),
  );
}

// ---------------------------------------------------------------------------------------------
// The software agent (CSIP10–CSIP16)

const up = (v: string | undefined): string => (v ?? '').trim().toUpperCase();

function isExactSoftwareAgent(a: MetsAgent): boolean {
  return a.attrs['ROLE'] === 'CREATOR' && a.attrs['TYPE'] === 'OTHER' && a.attrs['OTHERTYPE'] === 'SOFTWARE';
}

function looksLikeSoftwareAgent(a: MetsAgent): boolean {
  return (
    up(a.attrs['OTHERTYPE']) === 'SOFTWARE' ||
    (up(a.attrs['ROLE']) === 'CREATOR' && up(a.attrs['TYPE']) === 'OTHER') ||
    a.notes.some((n) => up(n.attrs['csip:NOTETYPE']) === 'SOFTWARE VERSION')
  );
}

export interface AgentAt {
  readonly agent: MetsAgent;
  readonly xpath: string;
}

/**
 * The agents of a header that describe the creating software. When some agent has exactly
 * ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE", those are the software agents; otherwise any
 * agent that evidently means to be one (OTHERTYPE software in any case, a CREATOR of TYPE OTHER, or
 * a SOFTWARE VERSION note), so CSIP11–16 can say which attribute is wrong instead of only
 * "no software agent". Organisation and person agents (SIP) are never taken for it.
 */
export function softwareAgents(hdr: MetsHdr): AgentAt[] {
  const all = hdr.agents.map((agent, i) => ({ agent, xpath: `/mets/metsHdr/agent[${i + 1}]` }));
  const exact = all.filter((a) => isExactSoftwareAgent(a.agent));
  return exact.length > 0 ? exact : all.filter((a) => looksLikeSoftwareAgent(a.agent));
}

/**
 * Runs a check on each software agent of each METS document. A document without metsHdr or without
 * any software agent fails: the agent is mandatory (CSIP10), so each of its mandatory parts is missing.
 */
export function everySoftwareAgent(
  ctx: PackageContext,
  check: (parsed: ParsedMets, a: AgentAt) => Finding[],
): Finding[] {
  return everyMets(ctx, (parsed, doc) => {
    const hdr = headerOf(parsed, doc);
    if ('message' in hdr) return [hdr];
    const agents = softwareAgents(hdr);
    if (agents.length === 0) {
      return [
        finding(
          'metsHdr has no agent describing the software that created the package (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
          'metsHdr saknar en agent som beskriver programvaran som skapade paketet (ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE")',
          at(parsed, '/mets/metsHdr', hdr.line),
        ),
      ];
    }
    return agents.flatMap((a) => check(parsed, a));
  });
}

/** CSIP11–13: an attribute of the software agent has exactly the value the profile fixes. */
export function checkSoftwareAgentAttribute(
  ctx: PackageContext,
  attr: 'ROLE' | 'TYPE' | 'OTHERTYPE',
  expected: string,
): Finding[] {
  return everySoftwareAgent(ctx, (parsed, { agent, xpath }) => {
    const value = agent.attrs[attr];
    if (value === expected) return [];
    const loc = at(parsed, xpath, agent.line);
    if (value === undefined) {
      return [
        finding(
          `The software agent has no ${attr} attribute; expected ${attr}="${expected}"`,
          `Programvaruagenten saknar attributet ${attr}; förväntat ${attr}="${expected}"`,
          loc,
        ),
      ];
    }
    return [
      finding(
        `The software agent has ${attr}=${quote(value)}; expected ${quote(expected)} (exact spelling)`,
        `Programvaruagenten har ${attr}=${quote(value)}; förväntat värde är ${quote(expected)} (exakt stavning)`,
        loc,
      ),
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Metadata sections

/** The profiled metadata section kinds (techMD and sourceMD are not profiled by CSIP). */
export type MdKind = 'dmdSec' | 'digiprovMD' | 'rightsMD';

export interface SectionAt {
  readonly parsed: ParsedMets;
  readonly sec: MdSec;
  readonly xpath: string;
}

/** Every section of a kind in one document, with its XPath. */
export function sectionsIn(parsed: ParsedMets, kind: MdKind): SectionAt[] {
  const doc = parsed.doc;
  if (!doc) return [];
  if (kind === 'dmdSec')
    return doc.dmdSecs.map((sec, i) => ({ parsed, sec, xpath: `/mets/dmdSec${pred(sec, i)}` }));
  return doc.amdSecs.flatMap((amd, a) =>
    amd[kind].map((sec, i) => ({ parsed, sec, xpath: `/mets/amdSec${pred(amd, a)}/${kind}${pred(sec, i)}` })),
  );
}

/** Every section of a kind in every parsed METS document of the package. */
export function sectionsOf(ctx: PackageContext, kind: MdKind): SectionAt[] {
  return metsDocuments(ctx).flatMap((parsed) => sectionsIn(parsed, kind));
}

/** How a section is named in messages: `dmdSec 'dmd-ead'` or `the 2nd dmdSec`. */
export function sectionName(s: SectionAt): { en: string; sv: string } {
  const id = s.sec.attrs['ID'];
  if (id) return { en: `${s.sec.kind} '${id}'`, sv: `${s.sec.kind} '${id}'` };
  return { en: `${s.sec.kind} (without ID)`, sv: `${s.sec.kind} (utan ID)` };
}

function noSections(kind: MdKind): CheckResult {
  return notApplicable(
    `The package has no ${kind}, so this requirement on ${kind} does not apply`,
    `Paketet har ingen ${kind}, så kravet på ${kind} är inte tillämpligt`,
  );
}

/** Runs a check on every section of a kind; not applicable when the package has none. */
export function everySection(
  ctx: PackageContext,
  kind: MdKind,
  check: (s: SectionAt) => Finding[],
): CheckResult {
  const sections = sectionsOf(ctx, kind);
  if (sections.length === 0) return noSections(kind);
  return sections.flatMap(check);
}

/**
 * ID of a metadata section (CSIP18/33/46): present, an xs:ID, unique. CSIP 2.2 says unique within
 * the XML document; CSIP 2.1 said "within the package", so for 2.1 profiles the ID must not occur
 * in any other METS document of the package either.
 */
export function checkSectionId(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) => {
    const name = sectionName(s);
    const loc = at(s.parsed, s.xpath, s.sec.line);
    const id = s.sec.attrs['ID'];
    if (id === undefined || id.trim() === '') {
      return [finding(`${kind} has no ID attribute`, `${kind} saknar attributet ID`, loc)];
    }
    if (!isNCName(id)) {
      return [
        finding(
          `${name.en}: the ID is not a valid xs:ID (it must start with a letter or "_" and contain no spaces or colons)`,
          `${name.sv}: ID-värdet är inte ett giltigt xs:ID (det måste börja med en bokstav eller "_" och får inte innehålla mellanslag eller kolon)`,
          loc,
        ),
      ];
    }
    const out: Finding[] = [];
    const here = s.parsed.doc?.ids.get(id)?.length ?? 0;
    if (here > 1) {
      out.push(
        finding(
          `${name.en}: the ID is used ${here} times in this METS document; it must be unique`,
          `${name.sv}: ID-värdet används ${here} gånger i detta METS-dokument; det måste vara unikt`,
          loc,
        ),
      );
    }
    if (ctx.profile.csipVersion === '2.1') {
      const elsewhere = metsDocuments(ctx).filter((p) => p.path !== s.parsed.path && p.doc?.ids.has(id));
      for (const other of elsewhere) {
        out.push(
          finding(
            `${name.en}: the ID also occurs in ${other.path}; CSIP 2.1 requires it to be unique within the package`,
            `${name.sv}: ID-värdet förekommer även i ${other.path}; CSIP 2.1 kräver att det är unikt inom paketet`,
            loc,
          ),
        );
      }
    }
    return out;
  });
}

/** STATUS of a metadata section (CSIP20/34/47): present (SHOULD) and CURRENT or SUPERSEDED. */
export function checkSectionStatus(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) => {
    const name = sectionName(s);
    const loc = at(s.parsed, s.xpath, s.sec.line);
    const status = s.sec.attrs['STATUS'];
    if (status === undefined) {
      return [
        finding(
          `${name.en} has no STATUS attribute; expected CURRENT or SUPERSEDED`,
          `${name.sv} saknar attributet STATUS; förväntat värde är CURRENT eller SUPERSEDED`,
          loc,
        ),
      ];
    }
    if (STATUS_VALUES.includes(status)) return [];
    return [
      finding(
        `${name.en} has STATUS ${quote(status)}; expected CURRENT or SUPERSEDED (exact spelling)`,
        `${name.sv} har STATUS ${quote(status)}; förväntat värde är CURRENT eller SUPERSEDED (exakt stavning)`,
        loc,
      ),
    ];
  });
}

/** mdRef of a metadata section (CSIP21/35/48, SHOULD 0..1): the metadata is a referenced file. */
export function checkSectionMdRef(ctx: PackageContext, kind: MdKind): CheckResult {
  return everySection(ctx, kind, (s) => {
    const name = sectionName(s);
    const loc = at(s.parsed, s.xpath, s.sec.line);
    const refs = s.sec.mdRefs.length;
    if (refs === 1) return [];
    if (refs > 1) {
      return [
        finding(
          `${name.en} has ${refs} mdRef elements; at most one is expected (one section per metadata file)`,
          `${name.sv} har ${refs} mdRef-element; högst ett förväntas (en sektion per metadatafil)`,
          loc,
        ),
      ];
    }
    const wrapped = s.sec.mdWraps.length > 0;
    return [
      finding(
        `${name.en} has no mdRef${wrapped ? ' (the metadata is embedded with mdWrap)' : ''}; the metadata should be a file in the metadata folder, referenced with mdRef`,
        `${name.sv} saknar mdRef${wrapped ? ' (metadata är inbäddade med mdWrap)' : ''}; metadata bör ligga som en fil i mappen metadata och refereras med mdRef`,
        loc,
      ),
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// The mdRef attribute family (CSIP22–30, CSIP36–44, CSIP49–57)

export type MdRefAttribute =
  | 'LOCTYPE'
  | 'xlink:type'
  | 'xlink:href'
  | 'MDTYPE'
  | 'MIMETYPE'
  | 'SIZE'
  | 'CREATED'
  | 'CHECKSUM'
  | 'CHECKSUMTYPE';

interface RefProblem {
  readonly en: string;
  readonly sv: string;
}

type RefCheck = (value: string, ref: MetsElement, ctx: PackageContext, metsPath: string) => RefProblem | null;

/** The package path an mdRef points to, when it points to an existing file of the package. */
export function referencedFile(ctx: PackageContext, metsPath: string, ref: MetsElement): string | null {
  const href = ref.attrs['xlink:href'];
  const path = href ? resolveHref(metsPath, href) : null;
  return path !== null && ctx.entries.get(path)?.type === 'file' ? path : null;
}

function sameNameOtherCase(ctx: PackageContext, path: string): string | undefined {
  const lower = path.toLowerCase();
  for (const e of ctx.entries.values())
    if (e.type === 'file' && e.path.toLowerCase() === lower) return e.path;
  return undefined;
}

const REF_CHECKS: Readonly<Record<MdRefAttribute, RefCheck>> = {
  LOCTYPE: (v) =>
    v === 'URL'
      ? null
      : {
          en: `LOCTYPE is ${quote(v)}; expected 'URL'`,
          sv: `LOCTYPE är ${quote(v)}; förväntat värde är 'URL'`,
        },
  'xlink:type': (v) =>
    v === 'simple'
      ? null
      : {
          en: `xlink:type is ${quote(v)}; expected 'simple'`,
          sv: `xlink:type är ${quote(v)}; förväntat värde är 'simple'`,
        },
  'xlink:href': (v, _ref, ctx, metsPath) => {
    if (v.trim() === '') return { en: 'xlink:href is empty', sv: 'xlink:href är tomt' };
    const path = resolveHref(metsPath, v);
    if (path === null) {
      return {
        en: `xlink:href ${quote(v)} does not point to a file inside the package (absolute URL or path outside the package)`,
        sv: `xlink:href ${quote(v)} pekar inte på en fil i paketet (absolut URL eller sökväg utanför paketet)`,
      };
    }
    if (ctx.entries.get(path)?.type === 'file') return null;
    const other = sameNameOtherCase(ctx, path);
    const hint = other ? ` (there is '${other}': names are case-sensitive)` : '';
    const hintSv = other ? ` (det finns '${other}': namn skiljer på stora och små bokstäver)` : '';
    const target =
      path === v ? { en: '', sv: '' } : { en: ` points to '${path}', which`, sv: ` pekar på '${path}', som` };
    return {
      en: `xlink:href ${quote(v)}${target.en || ' names a file that'} does not exist in the package${hint}`,
      sv: `xlink:href ${quote(v)}${target.sv || ' anger en fil som'} inte finns i paketet${hintSv}`,
    };
  },
  MDTYPE: (v, ref) => {
    if (!MDTYPES.includes(v)) {
      return {
        en: `MDTYPE ${quote(v)} is not a METS metadata type (e.g. EAD, DC, PREMIS, OTHER; exact spelling)`,
        sv: `MDTYPE ${quote(v)} är inte en METS-metadatatyp (t.ex. EAD, DC, PREMIS, OTHER; exakt stavning)`,
      };
    }
    if (v === 'OTHER' && !(ref.attrs['OTHERMDTYPE'] ?? '').trim()) {
      return {
        en: 'MDTYPE is OTHER but OTHERMDTYPE, which names the metadata type, is missing',
        sv: 'MDTYPE är OTHER men OTHERMDTYPE, som anger metadatatypen, saknas',
      };
    }
    return null;
  },
  MIMETYPE: (v) =>
    isMediaType(v)
      ? null
      : {
          en: `MIMETYPE ${quote(v)} is not a media type of the form type/subtype (e.g. text/xml)`,
          sv: `MIMETYPE ${quote(v)} är inte en medietyp på formen typ/undertyp (t.ex. text/xml)`,
        },
  SIZE: (v, ref, ctx, metsPath) => {
    const size = parseSize(v);
    if (size === null) {
      return {
        en: `SIZE ${quote(v)} is not a size in bytes (a non-negative whole number)`,
        sv: `SIZE ${quote(v)} är inte en storlek i byte (ett icke-negativt heltal)`,
      };
    }
    const path = referencedFile(ctx, metsPath, ref);
    const actual = path === null ? undefined : (ctx.files.get(path)?.size ?? ctx.entries.get(path)?.size);
    if (actual === undefined || actual === size) return null;
    return {
      en: `SIZE is ${size} bytes but '${path}' has ${actual} bytes`,
      sv: `SIZE anger ${size} byte men '${path}' är ${actual} byte`,
    };
  },
  CREATED: (v) =>
    isXsDateTime(v)
      ? null
      : {
          en: `CREATED ${quote(v)} is not a date and time (xs:dateTime, e.g. 2026-11-20T10:00:00+01:00)`,
          sv: `CREATED ${quote(v)} är inte en tidpunkt (xs:dateTime, t.ex. 2026-11-20T10:00:00+01:00)`,
        },
  CHECKSUM: (v, ref, ctx, metsPath) => {
    if (!/^[0-9A-Fa-f]+$/.test(v)) {
      return {
        en: `CHECKSUM ${quote(v)} is not a hexadecimal digest`,
        sv: `CHECKSUM ${quote(v)} är inte en hexadecimal kontrollsumma`,
      };
    }
    const type = ref.attrs['CHECKSUMTYPE'] ?? '';
    // An unknown CHECKSUMTYPE is CSIP30/44/57's failure; one the engine cannot compute is SAMARKIV-SUM-1's.
    if (!(CHECKSUM_TYPES as readonly string[]).includes(type) || ctx.unsupportedChecksumTypes.has(type))
      return null;
    const path = referencedFile(ctx, metsPath, ref);
    const digest = path === null ? undefined : ctx.files.get(path)?.digests[type as ChecksumType];
    if (digest === undefined || digest.toLowerCase() === v.toLowerCase()) return null;
    return {
      en: `CHECKSUM does not match '${path}': the METS says ${v}, the file's ${type} is ${digest}`,
      sv: `CHECKSUM stämmer inte med '${path}': METS anger ${v}, filens ${type} är ${digest}`,
    };
  },
  CHECKSUMTYPE: (v) =>
    (CHECKSUM_TYPES as readonly string[]).includes(v)
      ? null
      : {
          en: `CHECKSUMTYPE ${quote(v)} is not a METS checksum type (e.g. SHA-256, MD5; exact spelling)`,
          sv: `CHECKSUMTYPE ${quote(v)} är inte en METS-kontrollsummetyp (t.ex. SHA-256, MD5; exakt stavning)`,
        },
};

/**
 * Checks one attribute on every mdRef of every section of a kind. Not applicable when the package
 * has no mdRef in such a section: every attribute requirement is conditional on the mdRef.
 */
export function checkMdRefAttribute(ctx: PackageContext, kind: MdKind, attr: MdRefAttribute): CheckResult {
  const refs = sectionsOf(ctx, kind).flatMap((s) =>
    s.sec.mdRefs.map((ref, i) => ({
      s,
      ref,
      xpath: `${s.xpath}/mdRef${s.sec.mdRefs.length > 1 ? `[${i + 1}]` : ''}`,
    })),
  );
  if (refs.length === 0) {
    return notApplicable(
      `The package has no ${kind} with mdRef, so this requirement on mdRef does not apply`,
      `Paketet har ingen ${kind} med mdRef, så kravet på mdRef är inte tillämpligt`,
    );
  }
  const out: Finding[] = [];
  for (const { s, ref, xpath } of refs) {
    const name = sectionName(s);
    const loc = at(s.parsed, xpath, ref.line);
    const value = ref.attrs[attr];
    if (value === undefined) {
      out.push(
        finding(
          `${name.en}: mdRef has no ${attr} attribute`,
          `${name.sv}: mdRef saknar attributet ${attr}`,
          loc,
        ),
      );
      continue;
    }
    const problem = REF_CHECKS[attr](value, ref, ctx, s.parsed.path);
    if (problem) out.push(finding(`${name.en}: ${problem.en}`, `${name.sv}: ${problem.sv}`, loc));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Metadata files on disk (CSIP17, CSIP32)

/** `metadata/<sub>/…` of the package or of a representation (`representations/<rep>/metadata/<sub>/…`). */
export function isInMetadataFolder(path: string, sub: string): boolean {
  return new RegExp(`^(?:representations/[^/]+/)?metadata/${sub}/`).test(path);
}

/** The METS document a file belongs to: its representation METS when there is one, else the package METS. */
export function owningMets(ctx: PackageContext, path: string): string {
  const m = /^(representations\/[^/]+)\//.exec(path);
  const repMets = m ? `${m[1]}/METS.xml` : null;
  if (repMets && ctx.representations.some((r) => r.path === repMets)) return repMets;
  return ctx.root?.path ?? 'METS.xml';
}

/** Package paths referenced by mdRef from sections of the given kinds, in any METS document. */
export function referencedBy(
  ctx: PackageContext,
  kinds: readonly (MdKind | 'techMD' | 'sourceMD')[],
): Set<string> {
  const out = new Set<string>();
  for (const parsed of metsDocuments(ctx)) {
    const doc = parsed.doc as MetsDocument;
    const secs: MdSec[] = kinds.includes('dmdSec') ? [...doc.dmdSecs] : [];
    for (const amd of doc.amdSecs) {
      for (const kind of ['techMD', 'rightsMD', 'sourceMD', 'digiprovMD'] as const) {
        if (kinds.includes(kind)) secs.push(...amd[kind]);
      }
    }
    for (const sec of secs) {
      for (const ref of sec.mdRefs) {
        const href = ref.attrs['xlink:href'];
        const path = href ? resolveHref(parsed.path, href) : null;
        if (path) out.add(path);
      }
    }
  }
  return out;
}
