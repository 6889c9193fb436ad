/**
 * Where the writer puts bytes: one implementation per target kind (folder, ZIP, TAR) in
 * src/adapters/package-writer/. Paths are relative to the package root folder; the sink adds the
 * root folder itself. Files are written one at a time, in the order the writer calls writeFile,
 * so METS files can come after the files they describe.
 */
import type { ContentSource } from './package-spec.ts';

export interface SinkFileResult {
  /** Bytes written (= bytes read from the source, on the same pass). */
  readonly size: number;
  /** Lower-case hex SHA-256 of those bytes. */
  readonly sha256: string;
  /** Modification time of a source file on disk; undefined for buffers and streams. */
  readonly sourceMtime?: Date;
}

/** Told that file `index` of a writeFiles batch is written. */
export type OnSinkFile = (index: number, result: SinkFileResult) => void;

/** One file of a writeFiles batch. */
export interface SinkFile {
  readonly path: string;
  readonly source: ContentSource;
  readonly mtime: Date;
}

export interface PackageSink {
  /** Adds an explicit directory entry, so that empty folders survive ZIP and TAR. */
  mkdir(path: string): Promise<void>;
  /** Streams one file into the package while computing its size and SHA-256. */
  writeFile(path: string, source: ContentSource, mtime: Date): Promise<SinkFileResult>;
  /**
   * Optional: many files at once, results in the same order, each file still read once. A target
   * may write them concurrently (the stored ZIP target copies them in worker threads); their
   * folders must already exist. `onFile`, when given, hears of each file as soon as it is
   * written (in any order), so the writer can describe it while the others are still copied.
   */
  writeFiles?(files: readonly SinkFile[], onFile?: OnSinkFile): Promise<SinkFileResult[]>;
}
