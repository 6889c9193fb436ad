/**
 * Where AIP copies live: a flat key space of immutable objects (a local folder, an S3 bucket).
 * Every write is atomic: the object appears under its final key only once all its bytes are there
 * (a temporary name renamed into place; a completed S3 upload), so a crash never leaves a half
 * object that a listing or a reindex could mistake for a stored file. Keys are POSIX-style
 * relative paths (`aip/<id>/METS.xml`); implementations live in src/adapters/blob/.
 */

export interface BlobWritten {
  /** Bytes stored, counted while writing. */
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes stored, computed while writing. */
  readonly sha256: string;
}

export interface BlobInfo {
  readonly key: string;
  readonly size: number;
}

export interface BlobStore {
  /** The location as configured, without credentials (`fs:/srv/kopia-1`, `s3://bucket/prefix`). */
  readonly location: string;
  /**
   * Stores the bytes under `key`, replacing an existing object. Chunks are consumed (copied or
   * written) before the next one is asked for, so a source may reuse its buffers.
   */
  put(key: string, data: AsyncIterable<Uint8Array>): Promise<BlobWritten>;
  /**
   * Optional: stores a copy of the local file `path` under `key`, atomically like put, without
   * passing its bytes through this process (a kernel copy into a local folder). Returns the size
   * only; the caller hashes the source itself and reads the copy back to verify it.
   */
  putFile?(key: string, path: string): Promise<{ readonly size: number }>;
  /** Streams an object; ARC_ERR_NOT_FOUND when it does not exist. */
  get(key: string): AsyncIterable<Uint8Array>;
  /** Size of an object, or null when it does not exist. */
  stat(key: string): Promise<BlobInfo | null>;
  /** Every object whose key starts with `prefix`, in no guaranteed order. */
  list(prefix: string): AsyncIterable<BlobInfo>;
  /** Removes an object; nothing happens when it does not exist. */
  delete(key: string): Promise<void>;
  /**
   * Removes what interrupted writes left behind and nothing else: temporary files (fs) or
   * unfinished multipart uploads (S3) untouched since `before`. Never a stored object. Returns a
   * description of each removal (for the audit log). Optional: a store without leftovers omits it.
   */
  removeLeftovers?(before: Date): Promise<readonly string[]>;
  /** Releases clients and handles. */
  close(): Promise<void>;
}

/** Refuses keys that could leave the store's root: empty, absolute, `..`, backslashes, NUL. */
export function isSafeBlobKey(key: string): boolean {
  if (key === '' || key.startsWith('/') || key.includes('\\') || key.includes('\0')) return false;
  return key.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
