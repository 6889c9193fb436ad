/**
 * Regenerates the requirement catalogue, src/core/validation/requirements/<set>.json, from:
 * - the METS Profile v2 documents in schemas/profiles/ (CSIP, SIP and AIP requirements; the CITS
 *   SIARD root and representation profiles, of which only the SIARD_* IDs are kept: their REF_*
 *   entries restate CSIP and SIP requirements that those sets already check),
 * - scripts/data/csipstr.json (CSIPSTR1–16: folder rules, which no profile XML carries),
 * - scripts/data/dip-2.2.json (DIP1–DIP4: the DIP has no profile XML),
 * - scripts/data/titles-sv.json (the Swedish titles, keyed by ID; `<set>/<ID>` overrides an ID
 *   whose meaning differs between sets).
 *
 * test/core/requirements-catalogue.test.ts regenerates the files in memory and fails on any
 * difference, so never edit the JSON by hand: change an input and run `npm run requirements:sync`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

export type Level = 'MUST' | 'SHOULD' | 'MAY';

export interface RequirementEntry {
  readonly id: string;
  readonly level: Level;
  readonly title: { readonly en: string; readonly sv: string };
  readonly xpath?: string;
  readonly cardinality?: string;
  readonly text: string;
}

/** A requirement before its Swedish title is merged in. */
type SourceEntry = Omit<RequirementEntry, 'title'> & { readonly title: string };

const ROOT = new URL('../', import.meta.url);
const PROFILE_NS = 'http://www.loc.gov/METS_Profile/v2';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const LEVELS: readonly string[] = ['MUST', 'SHOULD', 'MAY'];

const PROFILE_SETS = {
  'csip-2.1': 'schemas/profiles/E-ARK-CSIP-v2-1-0.xml',
  'csip-2.2': 'schemas/profiles/E-ARK-CSIP-v2-2-0.xml',
  'sip-2.1': 'schemas/profiles/E-ARK-SIP-v2-1-0.xml',
  'sip-2.2': 'schemas/profiles/E-ARK-SIP-v2-2-0.xml',
  'aip-2.2': 'schemas/profiles/E-ARK-AIP-v2-2-0.xml',
  'cits-siard-root': 'schemas/profiles/E-ARK-SIARD-ROOT.xml',
  'cits-siard-rep': 'schemas/profiles/E-ARK-SIARD-REPRESENTATION.xml',
} as const;

/** Profile sets that keep only some IDs of their profile. */
const ID_FILTERS: Partial<Record<keyof typeof PROFILE_SETS, RegExp>> = {
  'cits-siard-root': /^SIARD_/,
  'cits-siard-rep': /^SIARD_/,
};

const DATA_SETS = {
  csipstr: 'scripts/data/csipstr.json',
  'dip-2.2': 'scripts/data/dip-2.2.json',
} as const;

export type CatalogueSetName = keyof typeof PROFILE_SETS | keyof typeof DATA_SETS;

export const OUTPUT_DIR = 'src/core/validation/requirements';

function read(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A prohibition keeps the strength of its verb: CITS SIARD writes REQLEVEL="MUST NOT" (SIARD_4),
 * and the "not" is in the requirement's text, which its rule checks.
 */
const PROHIBITIONS: Readonly<Record<string, Level>> = { 'MUST NOT': 'MUST', 'SHOULD NOT': 'SHOULD' };

function asLevel(value: string | undefined, where: string): Level {
  const level = value === undefined ? undefined : (PROHIBITIONS[value] ?? value);
  if (level === undefined || !LEVELS.includes(level)) throw new Error(`${where}: bad level ${String(value)}`);
  return level as Level;
}

/**
 * Reads every `requirement` with an ID (the ID-less placeholders under technical_requirements are
 * skipped). The title is description/head, the text the XHTML paragraphs, and xpath and cardinality
 * the `dd` following the `dt` "METS XPath" and "Cardinality".
 */
export function parseProfile(xml: string, where: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let current: {
    id: string;
    level: Level;
    head: string;
    paragraphs: string[];
    terms: Map<string, string>;
  } | null = null;
  let buffer: string | null = null;
  let lastTerm = '';

  parser.on('opentag', (tag) => {
    const name = tag.uri === PROFILE_NS || tag.uri === XHTML_NS ? tag.local : `{${tag.uri}}${tag.local}`;
    stack.push(name);
    if (name === 'requirement' && tag.uri === PROFILE_NS) {
      const id = tag.attributes['ID']?.value;
      if (id) {
        const level = asLevel(tag.attributes['REQLEVEL']?.value, `${where} ${id}`);
        current = { id, level, head: '', paragraphs: [], terms: new Map() };
      }
      return;
    }
    const parent = stack.at(-2);
    if (current && ((parent === 'description' && ['head', 'p'].includes(name)) || parent === 'dl'))
      buffer = '';
  });
  parser.on('text', (text) => {
    if (buffer !== null) buffer += text;
  });
  parser.on('closetag', (tag) => {
    const name = stack.pop();
    if (!current) return;
    if (name === 'requirement' && tag.uri === PROFILE_NS) {
      if (!current.head) throw new Error(`${where} ${current.id}: no description/head`);
      const xpath = current.terms.get('METS XPath');
      const cardinality = current.terms.get('Cardinality');
      entries.push({
        id: current.id,
        level: current.level,
        title: current.head,
        ...(xpath ? { xpath } : {}),
        ...(cardinality ? { cardinality } : {}),
        text: current.paragraphs.join('\n\n'),
      });
      current = null;
      return;
    }
    if (buffer === null || stack.length === 0) return;
    const parent = stack.at(-1);
    if (parent === 'description' && name === 'head') current.head = normalise(buffer);
    else if (parent === 'description' && name === 'p') current.paragraphs.push(normalise(buffer));
    else if (parent === 'dl' && name === 'dt') lastTerm = normalise(buffer);
    else if (parent === 'dl' && name === 'dd') current.terms.set(lastTerm, normalise(buffer));
    else return;
    buffer = null;
  });
  parser.write(xml).close();
  return entries;
}

interface DataFile {
  readonly requirements: readonly SourceEntry[];
}

function readDataSet(path: string): SourceEntry[] {
  const data = JSON.parse(read(path)) as DataFile;
  return data.requirements.map((r) => ({ ...r, level: asLevel(r.level, `${path} ${r.id}`) }));
}

function withSwedishTitles(
  sets: Record<CatalogueSetName, SourceEntry[]>,
  titles: Readonly<Record<string, string>>,
): Record<CatalogueSetName, RequirementEntry[]> {
  // English title per key: one Swedish title may serve an ID in several sets only if it means the same.
  const english = new Map<string, string>();
  const problems: string[] = [];
  const out = {} as Record<CatalogueSetName, RequirementEntry[]>;
  for (const [set, entries] of Object.entries(sets) as [CatalogueSetName, SourceEntry[]][]) {
    out[set] = entries.map(({ id, level, title, ...rest }) => {
      const key = `${set}/${id}` in titles ? `${set}/${id}` : id;
      const sv = titles[key];
      if (sv === undefined) problems.push(`missing ${key} (${title})`);
      const seen = english.get(key);
      if (seen !== undefined && seen !== title)
        problems.push(`${key} is "${seen}" and "${title}": add ${set}/${id}`);
      english.set(key, title);
      return { id, level, title: { en: title, sv: sv ?? '' }, ...rest };
    });
  }
  for (const key of Object.keys(titles))
    if (!key.startsWith('$') && !english.has(key)) problems.push(`unused ${key}`);
  if (problems.length > 0) throw new Error(`scripts/data/titles-sv.json: ${problems.join('; ')}`);
  return out;
}

/** The catalogue files as they should be on disk: file name → content. */
export function generateRequirementFiles(): Map<string, string> {
  const sets = {} as Record<CatalogueSetName, SourceEntry[]>;
  for (const [set, path] of Object.entries(PROFILE_SETS) as [keyof typeof PROFILE_SETS, string][]) {
    const keep = ID_FILTERS[set];
    sets[set] = parseProfile(read(path), path).filter((r) => !keep || keep.test(r.id));
  }
  for (const [set, path] of Object.entries(DATA_SETS)) sets[set as CatalogueSetName] = readDataSet(path);
  const titles = JSON.parse(read('scripts/data/titles-sv.json')) as Record<string, string>;
  const files = new Map<string, string>();
  for (const [set, entries] of Object.entries(withSwedishTitles(sets, titles))) {
    files.set(`${set}.json`, `${JSON.stringify(entries, null, 2)}\n`);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, content] of generateRequirementFiles()) {
    const target = new URL(`${OUTPUT_DIR}/${name}`, ROOT);
    writeFileSync(target, content);
    console.log(`wrote ${fileURLToPath(target)}`);
  }
}
