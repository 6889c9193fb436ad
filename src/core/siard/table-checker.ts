/**
 * Streaming check of one SIARD table file (content/schemaN/tableM/tableM.xml) against its table
 * in metadata.xml: rows are counted; each row holds c1…cN in column order, only for declared
 * columns, and an element for every column that is not nullable (SIARD writes NULL as an absent
 * element); cells with @file are LOB references, handed to `onLob` as they stream past so that
 * none are kept. Memory is bounded by the nesting depth and the longest tag, never by the table.
 *
 * Values are not type-checked here: the table's own XSD does that (xmllint --stream, run by the
 * adapter over the same bytes). This checker ties the file to metadata.xml, which the XSD cannot.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { createXmlDecoder } from '../package/xml-decoder.ts';
import type { SiardColumn } from './siard-model.ts';

const MAX_DEPTH = 256;

export interface LobReference {
  /** @file as written. */
  readonly file: string;
  readonly length?: string;
  readonly digestType?: string;
  /** @messageDigest (SIARD 2.1), or @digest as the SIARD 2.2 metadata schema spells it. */
  readonly digest?: string;
  /** 1-based index of the top-level column the cell belongs to. */
  readonly column: number;
  /** 1-based row number. */
  readonly row: number;
  readonly line: number;
}

export interface TableIssue {
  readonly kind: 'structure' | 'malformed';
  readonly en: string;
  readonly sv: string;
  readonly line: number;
}

export interface TableCheckOptions {
  readonly columns: readonly SiardColumn[];
  readonly onLob: (ref: LobReference) => void;
  readonly onIssue: (issue: TableIssue) => void;
}

/** Local name without a prefix: the checker runs without namespace processing, for speed. */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export class TableChecker {
  private readonly parser = new SaxesParser({ position: true });
  private readonly decoder = createXmlDecoder();
  private readonly notNull: boolean[];
  private depth = 0;
  private stopped = false;
  private rowCount = 0;
  private inRow = false;
  /** Index of the last column element seen in the current row (0 = none yet). */
  private lastColumn = 0;
  private currentColumn = 0;

  constructor(private readonly options: TableCheckOptions) {
    this.notNull = options.columns.map((c) => !c.nullable);
    this.parser.on('doctype', () => this.stop('A DOCTYPE is not allowed', 'En DOCTYPE är inte tillåten'));
    this.parser.on('error', (e) =>
      this.stop(`Not well-formed XML: ${e.message}`, `Inte välformad XML: ${e.message}`),
    );
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
  }

  get rows(): number {
    return this.rowCount;
  }

  /** False once the document turned out unreadable; later chunks are ignored. */
  get readable(): boolean {
    return !this.stopped;
  }

  write(chunk: Uint8Array): void {
    if (this.stopped) return;
    let text: string;
    try {
      text = this.decoder.decode(chunk);
    } catch (e) {
      return this.stop(`Cannot decode: ${(e as Error).message}`, `Kan inte avkodas: ${(e as Error).message}`);
    }
    if (text) this.parser.write(text);
  }

  end(): void {
    if (this.stopped) return;
    try {
      const rest = this.decoder.flush();
      if (rest) this.parser.write(rest);
      this.parser.close();
    } catch (e) {
      this.stop(
        `Not well-formed XML: ${(e as Error).message}`,
        `Inte välformad XML: ${(e as Error).message}`,
      );
    }
  }

  private stop(en: string, sv: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.onIssue({ kind: 'malformed', en, sv, line: this.parser.line });
  }

  private issue(en: string, sv: string): void {
    this.options.onIssue({ kind: 'structure', en, sv, line: this.parser.line });
  }

  private open(tag: SaxesTag): void {
    if (this.stopped) return;
    this.depth++;
    if (this.depth > MAX_DEPTH) return this.stop('Nested too deeply', 'För djupt nästlad');
    const name = local(tag.name);
    if (this.depth === 1) {
      if (name !== 'table')
        this.issue(`The document element is ${name}, not table`, `Dokumentelementet är ${name}, inte table`);
    } else if (this.depth === 2) {
      this.inRow = name === 'row';
      if (this.inRow) {
        this.rowCount++;
        this.lastColumn = 0;
      } else
        this.issue(
          `Unexpected element ${name} in table (only row is allowed)`,
          `Oväntat element ${name} i table (bara row är tillåtet)`,
        );
    } else if (this.depth === 3 && this.inRow) {
      this.openColumn(name);
    }
    if (this.depth >= 3) this.lobReference(tag);
  }

  private openColumn(name: string): void {
    const row = this.rowCount;
    const m = /^c([1-9]\d*)$/.exec(name);
    this.currentColumn = 0;
    if (!m) {
      this.issue(
        `Row ${row}: unexpected element ${name} (columns are c1…cN)`,
        `Rad ${row}: oväntat element ${name} (kolumner heter c1…cN)`,
      );
      return;
    }
    const index = Number(m[1]);
    const count = this.notNull.length;
    if (index > count) {
      this.issue(
        `Row ${row}: ${name}, but metadata.xml lists ${count} column${count === 1 ? '' : 's'}`,
        `Rad ${row}: ${name}, men metadata.xml anger ${count} kolumn${count === 1 ? '' : 'er'}`,
      );
      return;
    }
    if (index <= this.lastColumn) {
      this.issue(
        `Row ${row}: ${name} after c${this.lastColumn} (columns must be in order, once each)`,
        `Rad ${row}: ${name} efter c${this.lastColumn} (kolumnerna ska komma i ordning, en gång var)`,
      );
      return;
    }
    this.missingBetween(this.lastColumn, index);
    this.lastColumn = index;
    this.currentColumn = index;
  }

  /** Reports the non-nullable columns strictly between two column indexes (absent = NULL). */
  private missingBetween(after: number, before: number): void {
    for (let i = after + 1; i < before; i++) {
      if (!this.notNull[i - 1]) continue;
      const column = this.options.columns[i - 1]?.name ?? '';
      this.issue(
        `Row ${this.rowCount}: c${i} (${column}) is missing (NULL), but the column is not nullable`,
        `Rad ${this.rowCount}: c${i} (${column}) saknas (NULL), men kolumnen får inte vara NULL`,
      );
    }
  }

  private lobReference(tag: SaxesTag): void {
    const attrs = tag.attributes as Record<string, string>;
    const file = attrs['file'];
    if (file === undefined) return;
    const digest = attrs['messageDigest'] ?? attrs['digest'];
    this.options.onLob({
      file,
      ...(attrs['length'] !== undefined ? { length: attrs['length'] } : {}),
      ...(attrs['digestType'] !== undefined ? { digestType: attrs['digestType'] } : {}),
      ...(digest !== undefined ? { digest } : {}),
      column: this.currentColumn,
      row: this.rowCount,
      line: this.parser.line,
    });
  }

  private close(): void {
    if (this.stopped) return;
    if (this.depth === 2 && this.inRow) this.missingBetween(this.lastColumn, this.notNull.length + 1);
    if (this.depth === 2) this.inRow = false;
    if (this.depth === 3) this.currentColumn = 0;
    this.depth--;
  }
}
