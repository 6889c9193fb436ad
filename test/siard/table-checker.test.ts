/**
 * The streaming table checker on its own: rows counted across chunk boundaries, column order and
 * count against metadata.xml, NULLs of non-nullable columns, LOB references with their attributes
 * (also nested in structured values), and documents that are not well-formed or declare a DTD.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiardColumn } from '../../src/core/siard/siard-model.ts';
import { TableChecker, type LobReference, type TableIssue } from '../../src/core/siard/table-checker.ts';

const col = (name: string, nullable = true): SiardColumn => ({
  name,
  type: 'INTEGER',
  nullable,
  lobFolder: null,
  described: false,
});
const COLUMNS = [col('id', false), col('namn', false), col('född')];

function run(xml: string, columns = COLUMNS, chunkSize = 7) {
  const issues: TableIssue[] = [];
  const lobs: LobReference[] = [];
  const checker = new TableChecker({ columns, onLob: (r) => lobs.push(r), onIssue: (i) => issues.push(i) });
  const bytes = new TextEncoder().encode(xml);
  for (let i = 0; i < bytes.length; i += chunkSize) checker.write(bytes.subarray(i, i + chunkSize));
  checker.end();
  return { rows: checker.rows, readable: checker.readable, issues, lobs };
}

const table = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<t:table xmlns:t="urn:x">\n${rows}</t:table>\n`;

describe('TableChecker', () => {
  it('counts rows and accepts columns in order with NULLs of nullable columns', () => {
    const r = run(
      table(
        '<t:row><t:c1>1</t:c1><t:c2>Åsa</t:c2></t:row>\n<t:row><t:c1>2</t:c1><t:c2>李</t:c2><t:c3>x</t:c3></t:row>\n',
      ),
    );
    assert.equal(r.rows, 2);
    assert.deepEqual(r.issues, []);
  });

  it('counts a million-row-like stream in single-byte chunks the same', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<t:row><t:c1>${i}</t:c1><t:c2>n</t:c2></t:row>`).join(
      '',
    );
    assert.equal(run(table(rows), COLUMNS, 1).rows, 500);
  });

  it('reports a missing non-nullable column, a column out of order and one beyond the declared columns', () => {
    const r = run(
      table(
        '<t:row><t:c1>1</t:c1></t:row>\n<t:row><t:c2>a</t:c2><t:c1>1</t:c1></t:row>\n<t:row><t:c1>1</t:c1><t:c2>a</t:c2><t:c4>z</t:c4></t:row>\n',
      ),
    );
    assert.deepEqual(
      r.issues.map((i) => [i.line, i.en]),
      [
        [3, 'Row 1: c2 (namn) is missing (NULL), but the column is not nullable'],
        [4, 'Row 2: c1 (id) is missing (NULL), but the column is not nullable'],
        [4, 'Row 2: c1 after c2 (columns must be in order, once each)'],
        [5, 'Row 3: c4, but metadata.xml lists 3 columns'],
      ],
    );
    assert.ok(r.issues.every((i) => i.kind === 'structure' && i.sv.startsWith('Rad ')));
  });

  it('reports elements that are not rows or columns', () => {
    const r = run(table('<t:row><t:c1>1</t:c1><t:c2>a</t:c2><t:extra/></t:row><t:other/>'));
    assert.deepEqual(
      r.issues.map((i) => i.en),
      [
        'Row 1: unexpected element extra (columns are c1…cN)',
        'Unexpected element other in table (only row is allowed)',
      ],
    );
  });

  it('hands over LOB references with their attributes, also nested in a structured value', () => {
    const r = run(
      table(
        '<t:row><t:c1>1</t:c1><t:c2 file="lob2/record1.txt" length="12" digestType="MD5" messageDigest="ABC"/></t:row>\n' +
          '<t:row><t:c1>2</t:c1><t:c2>n</t:c2><t:c3><t:u1 file="a.bin" digest="Zm9v"/></t:c3></t:row>\n',
      ),
    );
    assert.deepEqual(r.lobs, [
      {
        file: 'lob2/record1.txt',
        length: '12',
        digestType: 'MD5',
        digest: 'ABC',
        column: 2,
        row: 1,
        line: 3,
      },
      { file: 'a.bin', digest: 'Zm9v', column: 3, row: 2, line: 4 },
    ]);
  });

  it('stops at a DOCTYPE or malformed XML and says so once', () => {
    const dtd = run(
      '<?xml version="1.0"?>\n<!DOCTYPE table [<!ENTITY x "y">]>\n<table><row><c1>&x;</c1></row></table>',
    );
    assert.equal(dtd.readable, false);
    assert.deepEqual(
      dtd.issues.map((i) => i.kind),
      ['malformed'],
    );
    const broken = run(table('<t:row><t:c1>1</t:c2></t:row>'));
    assert.equal(broken.readable, false);
    assert.match(broken.issues[0]?.en ?? '', /^Not well-formed XML/);
  });

  it('reports a document element other than table', () => {
    assert.deepEqual(
      run('<rows><row><c1>1</c1><c2>x</c2></row></rows>').issues.map((i) => i.en),
      ['The document element is rows, not table'],
    );
  });
});
