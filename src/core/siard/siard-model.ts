/**
 * The parts of a SIARD 2.x header/metadata.xml (eCH-0165) that the content checks need: the
 * version, the LOB folders, and per table its folder, row count and columns. Descriptions are
 * counted, not kept (SIARD_29 asks whether tables and columns are explained, not what they say).
 */

/** Namespace of metadata.xml in SIARD 2.0, 2.1 and 2.2. */
export const SIARD2_METADATA_NS = 'http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd';

export interface SiardColumn {
  readonly name: string;
  /** SQL:2008 predefined type (`type`), or null for a UDT column (`typeName`). */
  readonly type: string | null;
  /** metadata.xml `nullable`; the schema's default is true. */
  readonly nullable: boolean;
  readonly lobFolder: string | null;
  readonly described: boolean;
}

export interface SiardTable {
  readonly name: string;
  readonly folder: string;
  /** metadata.xml `rows`, or null when absent or not a non-negative integer. */
  readonly rows: number | null;
  readonly columns: readonly SiardColumn[];
  readonly described: boolean;
  /** Line of the `table` element in metadata.xml. */
  readonly line: number;
}

export interface SiardSchema {
  readonly name: string;
  readonly folder: string;
  readonly tables: readonly SiardTable[];
  readonly views: number;
}

export interface SiardMetadata {
  readonly rootNamespace: string;
  readonly rootLocalName: string;
  /** siardArchive/@version, trimmed; null when absent. */
  readonly version: string | null;
  readonly dbname: string | null;
  /** siardArchive/lobFolder: root of LOBs stored outside the SIARD file. */
  readonly lobFolder: string | null;
  readonly schemas: readonly SiardSchema[];
}

export type LobKind = 'binary' | 'character';

/**
 * Whether a column holds large objects, and of which kind: a binary LOB's @length counts bytes,
 * a character LOB's counts characters. Other types may still be stored in files (long VARCHARs);
 * they are treated as character data.
 */
export function lobKind(type: string | null): LobKind | null {
  if (type === null) return null;
  const t = type.trim().toUpperCase().replace(/\s+/g, ' ');
  if (/^(BLOB|BINARY LARGE OBJECT|BINARY|VARBINARY|BINARY VARYING)\b/.test(t)) return 'binary';
  if (/^(CLOB|NCLOB|CHARACTER LARGE OBJECT|NATIONAL CHARACTER LARGE OBJECT|NCHAR LARGE OBJECT|XML)\b/.test(t))
    return 'character';
  return null;
}

/** The SIARD version a METS OTHERCONTENTINFORMATIONTYPE names: SIARD_2.2 (also SIARD2.2) → 2.2. */
export function declaredSiardVersion(value: string | undefined): string | null {
  const m = /^SIARD_?(\d+\.\d+)$/i.exec(value?.trim() ?? '');
  return m ? (m[1] as string) : null;
}
