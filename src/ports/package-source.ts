/**
 * A package as the validator sees it: a listing of entries and a way to stream one entry's bytes.
 * Implemented for folders, ZIP and TAR in src/adapters/package/. Opening a source performs every
 * safety check on the listing (traversal, links, duplicates, encryption, zip-bomb limits) and
 * throws an ArchiveError before any byte of content is read or written outside quarantine.
 */
import type { ChecksumType } from '../core/validation/package-context.ts';

export type EntryType = 'file' | 'directory';

/** A whole file to read once for its size and the digests of `types`. */
export interface DigestRequest {
  readonly path: string;
  readonly types: readonly ChecksumType[];
}

/** Size and lower-case hex digests of one file, as read. */
export interface FileDigests {
  readonly size: number;
  readonly digests: Partial<Record<ChecksumType, string>>;
}

export interface PackageEntry {
  /** POSIX path relative to the package root folder, no leading or trailing slash, NFC as stored. */
  readonly path: string;
  readonly type: EntryType;
  /** Size in bytes (0 for directories); for archives, the declared uncompressed size. */
  readonly size: number;
}

export interface PackageSource {
  readonly kind: 'folder' | 'zip' | 'tar';
  /** Absolute path of the input the user named. */
  readonly inputPath: string;
  /**
   * Name of the single root folder (CSIPSTR1). For a folder input, its base name. For an archive
   * with exactly one top-level folder, that folder's name. `null` when the archive does not unpack
   * to exactly one root folder: then entry paths are relative to the archive's top level.
   */
  readonly rootName: string | null;
  /** Names of the top-level entries of the archive (for a folder input: the folder itself). */
  readonly topLevelNames: readonly string[];
  /** Every entry below the root, keyed by `path`. Directories are listed too (also implied ones). */
  readonly entries: ReadonlyMap<string, PackageEntry>;
  /**
   * Streams one file entry in chunks. Chunks may be reused buffers: consume (hash, copy) each
   * chunk before asking for the next. Verifies that the number of bytes read equals `size`
   * for archives (throws ARC_ERR_ARCHIVE_CORRUPT otherwise).
   */
  read(path: string): AsyncIterable<Uint8Array>;
  /**
   * The entry as a local file, when the source has one (a folder package): tools that need a
   * file path (PDF checks, container identification) use it directly instead of a temporary copy.
   */
  localPath?(path: string): string | null;
  /**
   * Reads and digests many whole files, each once, off the main thread (a folder package: see
   * docs/adr/0008). Worth it for many files (a thousand and more): it starts worker threads. `onFile` is called once per file in no particular order, `onBytes` with bytes read
   * since its last call. Fails with the same ArchiveErrors as read(); types the source cannot
   * compute (HAVAL, MNP, TIGER) must not be asked for.
   */
  digestFiles?(
    requests: readonly DigestRequest[],
    onFile: (path: string, result: FileDigests) => void,
    onBytes?: (bytes: number) => void,
  ): Promise<void>;
  /** Releases file handles and removes any quarantine folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Limits against zip bombs and resource exhaustion. All configurable; defaults in DEFAULT_LIMITS. */
export interface PackageLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  /** Largest allowed uncompressed/compressed ratio for one compressed entry. */
  readonly maxCompressionRatio: number;
  /** Ratio check applies only to entries at least this large uncompressed (tiny files compress well). */
  readonly ratioCheckMinBytes: number;
  readonly maxPathLength: number;
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 1_000_000,
  maxTotalBytes: 4 * 1024 ** 4, // 4 TiB
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 1024 * 1024,
  maxPathLength: 4096,
  maxDepth: 64,
};

export interface OpenPackageOptions {
  readonly limits?: Partial<PackageLimits>;
  /** Folder under which a TAR may be unpacked into a fresh quarantine folder. Defaults to os.tmpdir(). */
  readonly quarantineDir?: string;
}
