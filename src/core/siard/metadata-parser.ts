/**
 * Streaming parser of a SIARD header/metadata.xml into SiardMetadata, without a DOM, so a
 * metadata.xml of any size costs memory in proportion to its tables and columns only.
 * Same XML safety as the METS parser: a DOCTYPE is refused, entities are not expanded, depth is
 * bounded. Elements are matched by local name under siardArchive, whatever the namespace (the
 * namespace is checked by schema validation, which names the mistake better).
 */
import type { SaxesTagNS } from 'saxes';
import { ArchiveError } from '../errors.ts';
import { SafeXmlReader } from '../package/safe-xml-reader.ts';
import type { SiardColumn, SiardMetadata, SiardSchema, SiardTable } from './siard-model.ts';

const MAX_DEPTH = 256;
/** Longest text kept for a value (names, folders, rows); descriptions are only noted. */
const MAX_TEXT = 64 * 1024;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Paths (below siardArchive) whose text is kept. */
const VALUE_PATHS = new Set([
  'dbname',
  'lobFolder',
  'schemas/schema/name',
  'schemas/schema/folder',
  'schemas/schema/tables/table/name',
  'schemas/schema/tables/table/folder',
  'schemas/schema/tables/table/rows',
  'schemas/schema/tables/table/columns/column/name',
  'schemas/schema/tables/table/columns/column/type',
  'schemas/schema/tables/table/columns/column/nullable',
  'schemas/schema/tables/table/columns/column/lobFolder',
]);

export class SiardMetadataParser {
  private readonly reader: SafeXmlReader;
  private readonly stack: string[] = [];
  private text: string[] | null = null;
  private textLength = 0;
  private readonly meta: Mutable<SiardMetadata> = {
    rootNamespace: '',
    rootLocalName: '',
    version: null,
    dbname: null,
    lobFolder: null,
    schemas: [],
  };
  private schema: Mutable<SiardSchema> | null = null;
  private table: Mutable<SiardTable> | null = null;
  private column: Mutable<SiardColumn> | null = null;

  constructor(readonly path: string) {
    this.reader = new SafeXmlReader(path, {
      open: (tag) => this.open(tag),
      close: () => this.close(),
      text: (t) => this.collect(t),
    });
  }

  write(chunk: Uint8Array): void {
    this.reader.write(chunk);
  }

  end(): SiardMetadata {
    this.reader.end();
    return this.meta;
  }

  private fail(code: 'ARC_ERR_XML_TOO_DEEP', what: string): void {
    this.reader.fail(new ArchiveError(code, [what]));
  }

  private collect(t: string): void {
    if (!this.text || this.textLength > MAX_TEXT) return;
    this.text.push(t);
    this.textLength += t.length;
  }

  private open(tag: SaxesTagNS): void {
    if (this.stack.length >= MAX_DEPTH)
      return this.fail('ARC_ERR_XML_TOO_DEEP', `${this.path}:${this.reader.line}`);
    if (this.stack.length === 0) {
      this.meta.rootNamespace = tag.uri;
      this.meta.rootLocalName = tag.local;
      this.meta.version = tag.attributes['version']?.value.trim() ?? null;
    }
    this.stack.push(tag.local);
    const path = this.stack.slice(1).join('/');
    switch (path) {
      case 'schemas/schema':
        this.schema = { name: '', folder: '', tables: [], views: 0 };
        this.meta.schemas.push(this.schema);
        break;
      case 'schemas/schema/views/view':
        if (this.schema) this.schema.views++;
        break;
      case 'schemas/schema/tables/table':
        this.table = {
          name: '',
          folder: '',
          rows: null,
          columns: [],
          described: false,
          line: this.reader.line,
        };
        this.schema?.tables.push(this.table);
        break;
      case 'schemas/schema/tables/table/description':
        if (this.table) this.table.described = true;
        break;
      case 'schemas/schema/tables/table/columns/column':
        this.column = { name: '', type: null, nullable: true, lobFolder: null, described: false };
        this.table?.columns.push(this.column);
        break;
      case 'schemas/schema/tables/table/columns/column/description':
        if (this.column) this.column.described = true;
        break;
    }
    this.text = VALUE_PATHS.has(path) ? [] : null;
    this.textLength = 0;
  }

  private close(): void {
    const path = this.stack.slice(1).join('/');
    this.stack.pop();
    if (!this.text) return;
    const value = this.text.join('').trim();
    this.text = null;
    this.assign(path, value);
  }

  private assign(path: string, value: string): void {
    const { schema, table, column } = this;
    switch (path) {
      case 'dbname':
        this.meta.dbname = value;
        return;
      case 'lobFolder':
        this.meta.lobFolder = value || null;
        return;
      case 'schemas/schema/name':
        if (schema) schema.name = value;
        return;
      case 'schemas/schema/folder':
        if (schema) schema.folder = value;
        return;
      case 'schemas/schema/tables/table/name':
        if (table) table.name = value;
        return;
      case 'schemas/schema/tables/table/folder':
        if (table) table.folder = value;
        return;
      case 'schemas/schema/tables/table/rows':
        if (table) table.rows = /^\+?\d+$/.test(value) ? Number(value) : null;
        return;
      case 'schemas/schema/tables/table/columns/column/name':
        if (column) column.name = value;
        return;
      case 'schemas/schema/tables/table/columns/column/type':
        if (column) column.type = value;
        return;
      case 'schemas/schema/tables/table/columns/column/nullable':
        if (column) column.nullable = !(value === 'false' || value === '0');
        return;
      case 'schemas/schema/tables/table/columns/column/lobFolder':
        if (column) column.lobFolder = value || null;
        return;
    }
  }
}
