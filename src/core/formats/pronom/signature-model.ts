/**
 * The PRONOM signature model: what the DROID signature file and the container signature file say,
 * parsed once and compiled into matchers (compiled-signatures.ts). Plain data, no behaviour.
 * See docs/adr/0005-format-identification.md.
 */

/** A test on a fixed number of bytes. */
export type Unit =
  /** Exactly these bytes. */
  | { readonly kind: 'literal'; readonly bytes: Uint8Array }
  /** One byte whose value is marked in the 256-entry table (ranges, negation, bit masks, `??`). */
  | { readonly kind: 'class'; readonly table: Uint8Array };

/** One step of a byte pattern. Gaps are bounded: an unbounded `*` splits a pattern into subsequences. */
export type Element =
  | { readonly kind: 'units'; readonly units: readonly Unit[] }
  | { readonly kind: 'gap'; readonly min: number; readonly max: number }
  /** `(a|b)`: any one of the options, each a pattern of its own. */
  | { readonly kind: 'alt'; readonly options: readonly (readonly Element[])[] };

/**
 * A run of the pattern between two `*`. For the first subsequence matched (nearest BOF, or nearest
 * EOF for EOF-anchored sequences) the match must begin (end, for EOF) between minOffset and
 * maxOffset bytes from the reference; for the others only minOffset applies, counted from the
 * previous subsequence's match, as in DROID.
 */
export interface SubSequence {
  readonly minOffset: number;
  readonly maxOffset: number;
  readonly elements: readonly Element[];
}

export type Anchor = 'BOF' | 'EOF' | 'VAR';

export interface ByteSequence {
  readonly anchor: Anchor;
  /** In file order: for EOF sequences the last one is the one anchored to the end. */
  readonly subsequences: readonly SubSequence[];
}

/** An internal (binary) signature: every byte sequence must match. */
export interface InternalSignature {
  readonly id: number;
  readonly sequences: readonly ByteSequence[];
}

export interface FileFormat {
  /** The signature file's own format ID (priorities refer to it). */
  readonly id: number;
  readonly puid: string;
  readonly name: string;
  readonly version: string | null;
  readonly mimeType: string | null;
  /** Lower-case, without the dot. */
  readonly extensions: readonly string[];
  readonly signatureIds: readonly number[];
  /** Format IDs this format takes priority over when both match. */
  readonly priorityOver: readonly number[];
}

export interface SignatureFile {
  readonly version: string;
  readonly dateCreated: string | null;
  readonly signatures: readonly InternalSignature[];
  readonly formats: readonly FileFormat[];
}

export type ContainerType = 'ZIP' | 'OLE2';

export interface ContainerFile {
  /** Entry path inside the container ('/'-separated; OLE2 names trimmed of control characters). */
  readonly path: string;
  /** When non-empty, the entry's bytes must match at least one of them. */
  readonly signatures: readonly InternalSignature[];
}

export interface ContainerSignature {
  readonly id: number;
  readonly type: ContainerType;
  readonly description: string;
  /** Every file must be present (and match its signatures). */
  readonly files: readonly ContainerFile[];
}

export interface ContainerSignatureFile {
  /** The mapping's own signatureVersion attribute (the file name's date is the usual version). */
  readonly signatureVersion: string;
  readonly signatures: readonly ContainerSignature[];
  /** Container signature ID → PUIDs. */
  readonly mappings: ReadonlyMap<number, readonly string[]>;
  /** Binary PUIDs that make a file worth opening as a container of that type. */
  readonly triggers: ReadonlyMap<string, ContainerType>;
}
