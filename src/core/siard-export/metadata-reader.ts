/**
 * Reads header/metadata.xml of a SIARD 2.x file back into a DatabaseModel for import: tables with
 * their folders, columns, keys and row counts. The document is small (it grows with tables and
 * columns, not rows), so it is read into a light element tree through the safe XML reader
 * (no DOCTYPE, no entities) and then mapped. A column type samarkiv cannot import is refused with
 * the column named.
 */
import { archiveError } from '../errors.ts';
import { SafeXmlReader } from '../package/safe-xml-reader.ts';
import {
  qualifiedName,
  referentialAction,
  type ColumnModel,
  type ForeignKeyModel,
  type KeyModel,
  type SchemaModel,
  type TableModel,
} from './database-model.ts';
import { unescapeSiard } from './siard-text.ts';
import { parseSqlType } from './sql-types.ts';

interface Node {
  readonly name: string;
  readonly children: Node[];
  text: string;
}

export interface SiardTableEntry {
  readonly table: TableModel;
  /** content/<schema folder>/<table folder> */
  readonly folder: string;
  readonly rows: number | null;
  /** Column lobFolder values, by column index (null when absent). */
  readonly lobFolders: readonly (string | null)[];
}

export interface SiardSchemaEntry {
  readonly schema: SchemaModel;
  readonly tables: readonly SiardTableEntry[];
}

export interface SiardDocument {
  readonly dbname: string;
  readonly version: string;
  readonly lobFolder: string | null;
  readonly schemas: readonly SiardSchemaEntry[];
}

function parseTree(bytes: Uint8Array, path: string): { root: Node; version: string } {
  const stack: Node[] = [];
  let root: Node | null = null;
  let version = '';
  const reader = new SafeXmlReader(path, {
    open: (tag) => {
      const node: Node = { name: tag.local, children: [], text: '' };
      if (stack.length === 0) {
        root = node;
        version = tag.attributes['version']?.value ?? '';
      } else stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    },
    close: () => void stack.pop(),
    text: (t) => {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  });
  reader.write(bytes);
  reader.end();
  if (!root) throw archiveError('ARC_ERR_XML_MALFORMED', path);
  return { root, version };
}

const child = (n: Node | undefined, name: string): Node | undefined =>
  n?.children.find((c) => c.name === name);
const children = (n: Node | undefined, name: string): Node[] =>
  n?.children.filter((c) => c.name === name) ?? [];
const value = (n: Node | undefined, name: string): string | undefined => {
  const c = child(n, name);
  return c === undefined ? undefined : unescapeSiard(c.text.trim());
};

export function readSiardMetadata(bytes: Uint8Array, siardLabel: string): SiardDocument {
  const { root, version } = parseTree(bytes, `${siardLabel}!/header/metadata.xml`);
  const invalid = (why: string): never => {
    throw archiveError('ARC_ERR_SIARD_FILE_INVALID', siardLabel, why);
  };
  if (root.name !== 'siardArchive')
    invalid(`metadata.xml has the root element ${root.name}, not siardArchive`);
  const schemas = children(child(root, 'schemas'), 'schema').map((s) => {
    const schemaName = value(s, 'name') ?? invalid('a schema has no name');
    const schemaFolder = value(s, 'folder') ?? invalid(`schema ${schemaName} has no folder`);
    const tables = children(child(s, 'tables'), 'table').map((t) =>
      readTable(t, schemaName, schemaFolder, invalid),
    );
    const schema: SchemaModel = {
      name: schemaName,
      tables: tables.map((t) => t.table),
      views: [],
    };
    return { schema, tables };
  });
  return {
    dbname: value(root, 'dbname') ?? '',
    version,
    lobFolder: value(root, 'lobFolder') || null,
    schemas,
  };
}

function readTable(
  t: Node,
  schema: string,
  schemaFolder: string,
  invalid: (why: string) => never,
): SiardTableEntry {
  const name = value(t, 'name') ?? invalid(`a table of schema ${schema} has no name`);
  const folder = value(t, 'folder') ?? invalid(`table ${schema}.${name} has no folder`);
  const columnNodes = children(child(t, 'columns'), 'column');
  const columns: ColumnModel[] = columnNodes.map((c) => {
    const columnName = value(c, 'name') ?? invalid(`a column of ${schema}.${name} has no name`);
    const typeName = value(c, 'type');
    const type = typeName === undefined ? null : parseSqlType(typeName);
    if (!type)
      throw archiveError(
        'ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED',
        qualifiedName(schema, name, columnName),
        typeName ?? `${value(c, 'typeName') ?? '?'} (a user-defined type)`,
      );
    const nullable = value(c, 'nullable');
    return {
      name: columnName,
      type,
      typeOriginal: value(c, 'typeOriginal') ?? typeName ?? '',
      nullable: !(nullable === 'false' || nullable === '0'),
    };
  });
  const key = (k: Node, fallback: string): KeyModel => ({
    name: value(k, 'name') ?? fallback,
    columns: children(k, 'column').map((c) => unescapeSiard(c.text.trim())),
  });
  const pk = child(t, 'primaryKey');
  const foreignKeys: ForeignKeyModel[] = children(child(t, 'foreignKeys'), 'foreignKey').map((f, i) => {
    const deleteAction = referentialAction(value(f, 'deleteAction'));
    const updateAction = referentialAction(value(f, 'updateAction'));
    return {
      name: value(f, 'name') ?? `fk_${name}_${i}`,
      referencedSchema: value(f, 'referencedSchema') ?? schema,
      referencedTable:
        value(f, 'referencedTable') ?? invalid(`a foreign key of ${schema}.${name} names no table`),
      references: children(f, 'reference').map((r) => ({
        column: value(r, 'column') ?? '',
        referenced: value(r, 'referenced') ?? '',
      })),
      ...(deleteAction ? { deleteAction } : {}),
      ...(updateAction ? { updateAction } : {}),
    };
  });
  const rows = value(t, 'rows');
  return {
    table: {
      name,
      columns,
      ...(pk ? { primaryKey: key(pk, `pk_${name}`) } : {}),
      candidateKeys: children(child(t, 'candidateKeys'), 'candidateKey').map((k, i) =>
        key(k, `uk_${name}_${i}`),
      ),
      foreignKeys,
    },
    folder: `content/${schemaFolder}/${folder}`,
    rows: rows !== undefined && /^\d+$/.test(rows) ? Number(rows) : null,
    lobFolders: columnNodes.map((c) => value(c, 'lobFolder') || null),
  };
}
