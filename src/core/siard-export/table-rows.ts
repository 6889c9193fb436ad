/**
 * Streaming reader of one SIARD table file for import: chunks in, rows out. Each row is an array
 * in column order of null (absent element = NULL), the element's text (unescaped later by type),
 * or a LOB file reference. Memory is bounded by one row, whatever the table's size.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { archiveError } from '../errors.ts';
import { createXmlDecoder } from '../package/xml-decoder.ts';

export type RawCell = null | string | { readonly file: string };

export class SiardRowReader {
  private readonly parser = new SaxesParser();
  private readonly decoder = createXmlDecoder();
  private depth = 0;
  private row: RawCell[] | null = null;
  private column = -1;
  private text: string[] = [];
  private file: string | null = null;
  private readonly done: RawCell[][] = [];
  private failure: Error | null = null;

  constructor(
    private readonly width: number,
    private readonly label: string,
  ) {
    this.parser.on('doctype', () => this.fail('a DOCTYPE is not allowed'));
    this.parser.on('error', (e) => this.fail(e.message));
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (t) => {
      if (this.column >= 0) this.text.push(t);
    });
  }

  private fail(why: string): void {
    this.failure ??= archiveError(
      'ARC_ERR_SIARD_FILE_INVALID',
      this.label,
      `line ${this.parser.line}: ${why}`,
    );
  }

  private open(tag: SaxesTag): void {
    this.depth++;
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    if (this.depth === 2 && local === 'row') this.row = new Array<RawCell>(this.width).fill(null);
    else if (this.depth === 3 && this.row) {
      const m = /^c([1-9]\d*)$/.exec(local);
      const index = m ? Number(m[1]) - 1 : -1;
      if (index < 0 || index >= this.width) return this.fail(`unexpected element ${local} in a row`);
      this.column = index;
      this.text = [];
      const attrs = tag.attributes as Record<string, string>;
      this.file = attrs['file'] ?? null;
    } else if (this.depth > 3 && this.column >= 0) this.fail(`structured values (${local}) are not imported`);
  }

  private close(): void {
    if (this.depth === 3 && this.row && this.column >= 0) {
      this.row[this.column] = this.file !== null ? { file: this.file } : this.text.join('');
      this.column = -1;
      this.file = null;
    } else if (this.depth === 2 && this.row) {
      this.done.push(this.row);
      this.row = null;
    }
    this.depth--;
  }

  /** Feeds bytes; returns the rows completed by them. */
  write(chunk: Uint8Array): RawCell[][] {
    const text = this.decoder.decode(chunk);
    if (text) this.parser.write(text);
    if (this.failure) throw this.failure;
    return this.done.splice(0);
  }

  end(): RawCell[][] {
    const rest = this.decoder.flush();
    if (rest) this.parser.write(rest);
    this.parser.close();
    if (this.failure) throw this.failure;
    return this.done.splice(0);
  }
}
