/**
 * Checks the LOB files table cells refer to, one at a time as the table streams past: present
 * (SAMARKIV-SIARD-8), and of the declared length and digest (SAMARKIV-SIARD-9), hashing with
 * node:crypto while reading. LOBs inside the .siard are read from its ZIP; LOBs stored outside it
 * (SIARD 2.2 external LOBs, SIARD_22) are read through the package source.
 */
import { createHash } from 'node:crypto';
import { isArchiveError } from '../../core/errors.ts';
import { countUtf8Chars, digestMatches, lobDigestAlgorithm } from '../../core/siard/lob-digest.ts';
import { locateLob } from '../../core/siard/lob-location.ts';
import type { ProblemCollector } from '../../core/siard/siard-analysis.ts';
import { lobKind, type SiardTable } from '../../core/siard/siard-model.ts';
import type { LobReference } from '../../core/siard/table-checker.ts';
import type { ListedEntry } from '../../core/validation/package-context.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { SiardZip } from './siard-zip.ts';

/** External LOB paths kept for the report (SIARD_22); all are counted. */
const MAX_EXTERNAL_KEPT = 1000;

export interface LobTableContext {
  readonly table: SiardTable;
  /** content/<schema folder>/<table folder> */
  readonly tableFolder: string;
  /** Path of the table XML inside the .siard, for messages. */
  readonly tableXml: string;
}

interface LobFile {
  readonly name: string;
  readonly size: number;
  readonly internal: boolean;
  read(): AsyncIterable<Uint8Array>;
}

export class LobVerifier {
  lobs = 0;
  readonly external: string[] = [];

  constructor(
    private readonly zip: SiardZip,
    private readonly source: PackageSource,
    private readonly entries: ReadonlyMap<string, ListedEntry>,
    private readonly siardPath: string,
    private readonly archiveLobFolder: string | null,
    private readonly problems: ProblemCollector,
  ) {}

  async verify(ref: LobReference, t: LobTableContext): Promise<void> {
    this.lobs++;
    const column = t.table.columns[ref.column - 1];
    const where = `${t.tableXml} row ${ref.row}, c${ref.column}`;
    const whereSv = `${t.tableXml} rad ${ref.row}, c${ref.column}`;
    const location = locateLob(ref.file, {
      siardPath: this.siardPath,
      tableFolder: t.tableFolder,
      archiveLobFolder: this.archiveLobFolder,
      columnLobFolder: column?.lobFolder ?? null,
    });
    const missing = (path: string, en = '', sv = ''): void =>
      this.problems.add(
        'lobPresence',
        `${where}: the LOB file ${path} is missing${en}`,
        `${whereSv}: LOB-filen ${path} saknas${sv}`,
        t.tableXml,
        ref.line,
      );
    if (location.kind === 'unresolvable') {
      this.problems.add(
        'lobPresence',
        `${where}: ${location.reason.en}`,
        `${whereSv}: ${location.reason.sv}`,
        t.tableXml,
        ref.line,
      );
      return;
    }
    const kind = lobKind(column?.type ?? null) ?? 'character';
    if (location.kind === 'external') {
      if (this.external.length < MAX_EXTERNAL_KEPT) this.external.push(location.path);
      if (this.entries.get(location.path)?.type !== 'file')
        return missing(location.path, ' from the package', ' i paketet');
      const path = location.path;
      const size = this.entries.get(path)?.size ?? 0;
      return this.measure(
        ref,
        kind,
        { name: path, size, internal: false, read: () => this.source.read(path) },
        t,
      );
    }
    const name = location.candidates.find((c) => this.zip.listed.has(c));
    if (name === undefined)
      return missing(location.candidates[0] as string, ' from the SIARD file', ' i SIARD-filen');
    const record = this.zip.files.get(name);
    if (!record) return; // listed but unreadable: reported under SAMARKIV-SIARD-1
    const size = record.uncompressedSize;
    return this.measure(ref, kind, { name, size, internal: true, read: () => this.zip.read(name) }, t);
  }

  private async measure(ref: LobReference, kind: 'binary' | 'character', file: LobFile, t: LobTableContext) {
    const { name, size } = file;
    const where = `${t.tableXml} row ${ref.row}, c${ref.column}`;
    const whereSv = `${t.tableXml} rad ${ref.row}, c${ref.column}`;
    const bad = (en: string, sv: string): void =>
      this.problems.add(
        'lobDigest',
        `${where}: ${name} ${en}`,
        `${whereSv}: ${name} ${sv}`,
        t.tableXml,
        ref.line,
      );
    const algorithm = ref.digestType === undefined ? null : lobDigestAlgorithm(ref.digestType);
    if (ref.digestType !== undefined && algorithm === null)
      bad(
        `has digest type "${ref.digestType}"; SIARD allows MD5, SHA-1 and SHA-256`,
        `har kontrollsummetypen "${ref.digestType}"; SIARD tillåter MD5, SHA-1 och SHA-256`,
      );
    const wantLength = ref.length === undefined ? null : Number(ref.length);
    const needChars = wantLength !== null && kind === 'character';
    // A binary LOB's length is its size: no read unless a digest must be computed.
    if (!(algorithm && ref.digest !== undefined) && !needChars) {
      if (wantLength !== null && wantLength !== size)
        bad(
          `has ${size} bytes, not the declared ${ref.length}`,
          `har ${size} byte, inte de angivna ${ref.length}`,
        );
      return;
    }
    const hash = algorithm && ref.digest !== undefined ? createHash(algorithm) : null;
    let bytes = 0;
    let chars = 0;
    try {
      for await (const chunk of file.read()) {
        hash?.update(chunk);
        bytes += chunk.length;
        if (needChars) chars += countUtf8Chars(chunk);
      }
    } catch (e) {
      if (!isArchiveError(e)) throw e;
      // Inside the .siard a read error is a broken ZIP entry (CRC, size); outside, a package file.
      this.problems.add(
        file.internal ? 'zip' : 'lobDigest',
        `${name} cannot be read: ${e.localized('en')}`,
        `${name} kan inte läsas: ${e.localized('sv')}`,
        name,
      );
      return;
    }
    if (wantLength !== null && wantLength !== bytes && !(needChars && wantLength === chars))
      bad(
        kind === 'binary'
          ? `has ${bytes} bytes, not the declared ${ref.length}`
          : `has ${chars} characters (${bytes} bytes), not the declared ${ref.length}`,
        kind === 'binary'
          ? `har ${bytes} byte, inte de angivna ${ref.length}`
          : `har ${chars} tecken (${bytes} byte), inte de angivna ${ref.length}`,
      );
    if (hash && ref.digest !== undefined) {
      const actual = hash.digest('hex');
      if (!digestMatches(ref.digest, actual))
        bad(
          `has ${ref.digestType} ${actual}, not the declared ${ref.digest}`,
          `har ${ref.digestType} ${actual}, inte den angivna ${ref.digest}`,
        );
    }
  }
}
