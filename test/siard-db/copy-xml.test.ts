/**
 * COPY text → SIARD row XML from bytes (src/core/siard-export/copy-xml.ts), without a database:
 * copied forms, the general path for the rest, NULL as an absent element, a long LOB left to the
 * caller, and refusals with the row and column they concern.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CopyCellError, CopyXmlRenderer } from '../../src/core/siard-export/copy-xml.ts';
import type { ColumnModel } from '../../src/core/siard-export/database-model.ts';
import type { SqlType } from '../../src/core/siard-export/sql-types.ts';

const column = (name: string, type: SqlType): ColumnModel => ({
  name,
  type,
  typeOriginal: type.kind,
  nullable: true,
});

const COLUMNS = [
  column('id', { kind: 'bigint' }),
  column('skriven', { kind: 'timestamptz' }),
  column('namn', { kind: 'varchar', length: 40 }),
  column('data', { kind: 'blob' }),
  column('andel', { kind: 'double' }),
];

test('rows render from COPY bytes as the general path writes them', () => {
  const r = new CopyXmlRenderer(COLUMNS, 8);
  const copy = Buffer.from(
    '1\t2001-01-01 08:00:00+00\tÅsa\t\\\\x00ff\t0.5\n' +
      '-2\t2001-01-01 08:00:00.5+05:30\tA & B\\tC\t\\N\t1e-05\n' +
      '3\t\\N\t\\N\t\\\\x000102030405060708\tInfinity\n',
    'utf8',
  );
  const at = r.render(copy, 0);
  assert.equal(r.rows, 2);
  assert.equal(
    r.take().toString('utf8'),
    '<row><c1>1</c1><c2>2001-01-01T08:00:00Z</c2><c3>Åsa</c3><c4>00ff</c4><c5>0.5</c5></row>\n' +
      '<row><c1>-2</c1><c2>2001-01-01T08:00:00.5+05:30</c2><c3>A &amp; B\tC</c3><c5>0.00001</c5></row>\n',
  );
  assert.equal(
    copy.toString('utf8', at),
    '3\t\\N\t\\N\t\\\\x000102030405060708\tInfinity\n',
    'the long LOB row is left',
  );
});

test('a value SIARD cannot hold names its row and column; a row of the wrong width is refused', () => {
  const r = new CopyXmlRenderer(COLUMNS, 4000);
  assert.throws(
    () => r.render(Buffer.from('1\t\\N\t\\N\t\\N\t0\n2\tinfinity\t\\N\t\\N\t0\n'), 0),
    (e: unknown) =>
      e instanceof CopyCellError && e.row === 2 && e.column === 1 && /timestamp/.test(e.message),
  );
  assert.throws(() => new CopyXmlRenderer(COLUMNS, 4000).render(Buffer.from('1\t2\n'), 0), /5 fields/);
  assert.throws(
    () => new CopyXmlRenderer(COLUMNS, 4000).render(Buffer.from('1\t\\N\t\\N\t\\N\t0\t9\n'), 0),
    /5 fields/,
  );
});
