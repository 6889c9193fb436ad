/**
 * Everything a rule may look at, gathered before any rule runs: the package listing, the parsed
 * METS documents (root and representations) and the facts of every file that was read once
 * (size and digests). Rules are pure functions of this context.
 */
import type { FormatPolicy } from '../formats/format-policy.ts';
import type { MetsDocument } from '../package/mets-model.ts';
import type { ContentFindings } from '../../ports/content-inspector.ts';
import type { FormatIdentification, SignatureVersions } from '../../ports/format-identifier.ts';
import type { ScanResult } from '../../ports/virus-scanner.ts';
import type { ProfileDefinition } from './profiles.ts';

export interface ListedEntry {
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly size: number;
}

/** The METS CHECKSUMTYPE values (mets.xsd 1.12), spelled exactly as the schema enumerates them. */
export const CHECKSUM_TYPES = [
  'Adler-32',
  'CRC32',
  'HAVAL',
  'MD5',
  'MNP',
  'SHA-1',
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'TIGER',
  'WHIRLPOOL',
] as const;
export type ChecksumType = (typeof CHECKSUM_TYPES)[number];

export interface FileFacts {
  readonly size: number;
  /** Lower-case hex digests, keyed by METS CHECKSUMTYPE, for the types this file was checked with. */
  readonly digests: Readonly<Partial<Record<ChecksumType, string>>>;
  /** PRONOM identification, when format identification ran (issue 6). */
  readonly format?: FormatIdentification;
  /** Encryption and PDF/A findings, when a content inspector handled this format. */
  readonly content?: ContentFindings;
  /** Virus scan result, when a scanner is configured. */
  readonly virus?: ScanResult;
}

/** The naming rule for file names (Swedish checkpoint: a–z, digits, - and _, one extension). */
export interface NamingRule {
  readonly id: string;
  readonly pattern: string;
  readonly description: { readonly en: string; readonly sv: string };
}

/** What the content checks of delivery control were configured with; absent when they did not run. */
export interface ContentCheckSetup {
  /** Signature file versions in use; null when format identification did not run. */
  readonly signatureVersions: SignatureVersions | null;
  readonly policy: FormatPolicy | null;
  /** Scanner description, null when no virus scanner is configured (the report says so). */
  readonly scanner: string | null;
  readonly namingRule: NamingRule | null;
}

export interface XmlSchemaError {
  readonly message: string;
  readonly line?: number;
}

export interface ParsedMets {
  /** Path relative to the package root. */
  readonly path: string;
  /** Representation folder (`representations/rep1`) for a representation METS, '' for the root METS. */
  readonly representation: string | null;
  readonly doc: MetsDocument | null;
  /** Why the document could not be parsed (ArchiveError code and message), when doc is null. */
  readonly parseError?: { readonly code: string; readonly message: string; readonly sv?: string };
  /** XSD errors; undefined when schema validation was not run. */
  readonly schemaErrors?: readonly XmlSchemaError[];
}

export interface PackageContext {
  readonly profile: ProfileDefinition;
  readonly container: 'folder' | 'zip' | 'tar';
  /** Root folder name (CSIPSTR1), null when the archive does not unpack to exactly one folder. */
  readonly rootName: string | null;
  readonly topLevelNames: readonly string[];
  readonly entries: ReadonlyMap<string, ListedEntry>;
  /** The root METS.xml, or null when there is none. */
  readonly root: ParsedMets | null;
  /** Representation METS files found in representations/<rep>/METS.xml or referenced by mptr. */
  readonly representations: readonly ParsedMets[];
  /** Facts of the files that were read, keyed by path relative to the package root. */
  readonly files: ReadonlyMap<string, FileFacts>;
  /** Referenced XML metadata files (dmdSec/amdSec mdRef) that were schema-validated. */
  readonly metadataSchemaErrors: ReadonlyMap<string, readonly XmlSchemaError[]>;
  /** Checksum types the engine cannot compute (reported, never silently passed). */
  readonly unsupportedChecksumTypes: ReadonlySet<string>;
  /** Content check configuration (issue 6); undefined when only the package structure was checked. */
  readonly content?: ContentCheckSetup;
  /** Results of content analyzers (CITS ERMS, SIARD …), keyed by analyzer id. */
  readonly analyses?: ReadonlyMap<string, unknown>;
}

/** All METS documents that parsed: the root first, then representations. */
export function metsDocuments(ctx: PackageContext): ParsedMets[] {
  const out: ParsedMets[] = [];
  if (ctx.root?.doc) out.push(ctx.root);
  for (const rep of ctx.representations) if (rep.doc) out.push(rep);
  return out;
}

/** Segments of safe characters, none of them empty, `.` or `..`: resolving changes nothing. */
const PLAIN_RELATIVE = /^(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;

/**
 * Resolves an xlink:href of a METS document to a package path: percent-decoded, relative to the
 * METS file's folder, case-sensitive. Returns null for absolute URLs and paths that escape the
 * package. Legacy `file:///` and `file://./` hrefs (E-ARK 1.x, FGS 1.x) are accepted on read.
 */
export function resolveHref(metsPath: string, href: string): string | null {
  let h = href.trim();
  if (h.startsWith('file:///')) h = h.slice('file:///'.length);
  else if (h.startsWith('file://./')) h = h.slice('file://./'.length);
  else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(h)) return null;
  // The usual href (`representations/rep1/data/a.pdf`) needs no decoding and no normalising;
  // a package of 100,000 files resolves each one several times.
  if (PLAIN_RELATIVE.test(h)) {
    const slash = metsPath.lastIndexOf('/');
    return slash < 0 ? h : `${metsPath.slice(0, slash)}/${h}`;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(h);
  } catch {
    return null;
  }
  if (decoded.startsWith('/')) return null;
  const base = metsPath.includes('/') ? metsPath.slice(0, metsPath.lastIndexOf('/')) : '';
  const parts = base ? base.split('/') : [];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
