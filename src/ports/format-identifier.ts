/**
 * Identifies a file's format as a PRONOM PUID (issue 6). The validator hands it the first and last
 * bytes it collected during the one read that also computes checksums; only container formats
 * (ZIP-based, OLE2) ask for random access to the file, and only after a binary signature said so.
 */

export interface FormatIdentification {
  /** PRONOM unique identifier (fmt/…, x-fmt/…), or null when nothing matched. */
  readonly puid: string | null;
  readonly formatName: string | null;
  readonly formatVersion: string | null;
  readonly mimeType: string | null;
  readonly method: 'signature' | 'container' | 'extension' | 'none';
  /** Every PUID that matched at the deciding stage when more than one did (empty otherwise). */
  readonly candidates: readonly string[];
  /** Extension mismatch and similar notes, in English; null when there is nothing to say. */
  readonly warning: string | null;
}

export interface SignatureVersions {
  /** DROID signature file version, e.g. "118". */
  readonly signature: string;
  /** Container signature file version, e.g. "20240501". */
  readonly container: string;
}

/** The bytes a validator samples from one streamed read of a file. */
export interface ByteSample {
  /** The first min(size, headBytes) bytes. */
  readonly head: Uint8Array;
  /** The last min(size, tailBytes) bytes (may overlap head for small files). */
  readonly tail: Uint8Array;
  readonly size: number;
}

export interface RandomAccessFile {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface FormatIdentifier {
  readonly versions: SignatureVersions;
  /** How many leading and trailing bytes the binary signatures need (bounded; DROID-like scan window). */
  readonly headBytes: number;
  readonly tailBytes: number;
  /**
   * Identifies a file from its name (for the extension) and its sampled bytes. `open` gives random
   * access for container signatures; when absent, container formats are reported by their binary
   * signature only (e.g. plain ZIP) with a warning.
   */
  identify(
    name: string,
    sample: ByteSample,
    open?: () => Promise<RandomAccessFile>,
  ): Promise<FormatIdentification>;
}
