/**
 * ER diagrams of a SIARD database for the documentation a CITS SIARD package carries
 * (SIARD_30–30d): one PDF/A-1b of the original database (native types, `Original_…`) and one of
 * the archived database (SQL:2008 types, `Archived_…`). Each table is a box with its columns (key
 * columns marked PK/FK); the relationships are listed under the boxes, one line per foreign key.
 * Fonts are the shipped DejaVu Sans (data/fonts/), so output does not depend on the machine.
 */
import PDFDocument from 'pdfkit';
import type { SiardDocument } from '../../core/siard-export/metadata-reader.ts';
import { sqlTypeName } from '../../core/siard-export/sql-types.ts';
import { BOLD_FONT, REGULAR_FONT } from '../pdf/pdfa-template.ts';

const PAGE = { width: 842, height: 595, margin: 36 }; // A4 landscape
const BOX_WIDTH = 180;
const LINE = 10;
const GAP = 14;

export type DiagramKind = 'original' | 'archived';

/** Characters outside Latin-1 have no glyph in the shipped font subset. */
const latin1 = (s: string): string => s.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');

export function renderErDiagram(doc: SiardDocument, kind: DiagramKind, created: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    subset: 'PDF/A-1b',
    pdfVersion: '1.4',
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    font: REGULAR_FONT,
    info: {
      Title: latin1(`${kind === 'original' ? 'Original' : 'Archived'} ER diagram: ${doc.dbname}`),
      Author: 'samarkiv',
      Creator: 'samarkiv sip create --siard',
      Producer: 'samarkiv (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('R', REGULAR_FONT);
  pdf.registerFont('B', BOLD_FONT);
  const title =
    kind === 'original'
      ? `Originaldatabasen / original database: ${doc.dbname}`
      : `Arkiverad databas (SIARD ${doc.version}) / archived database: ${doc.dbname}`;
  pdf.font('B').fontSize(14).text(latin1(title), PAGE.margin, PAGE.margin);
  let x = PAGE.margin;
  let y = PAGE.margin + 28;
  let rowHeight = 0;
  const relations: string[] = [];
  for (const { schema, tables } of doc.schemas)
    for (const { table } of tables) {
      const fkColumns = new Set(table.foreignKeys.flatMap((f) => f.references.map((r) => r.column)));
      const pkColumns = new Set(table.primaryKey?.columns ?? []);
      const height = LINE * (table.columns.length + 1) + 8;
      if (x + BOX_WIDTH > PAGE.width - PAGE.margin) {
        x = PAGE.margin;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      if (y + height > PAGE.height - PAGE.margin) {
        pdf.addPage();
        x = PAGE.margin;
        y = PAGE.margin;
        rowHeight = 0;
      }
      pdf.rect(x, y, BOX_WIDTH, height).lineWidth(0.6).stroke();
      pdf
        .font('B')
        .fontSize(8)
        .text(latin1(`${schema.name}.${table.name}`), x + 4, y + 3, {
          width: BOX_WIDTH - 8,
          lineBreak: false,
        });
      table.columns.forEach((c, i) => {
        const mark = `${pkColumns.has(c.name) ? 'PK ' : ''}${fkColumns.has(c.name) ? 'FK ' : ''}`;
        const type = kind === 'original' ? c.typeOriginal : sqlTypeName(c.type);
        pdf
          .font('R')
          .fontSize(7)
          .text(latin1(`${mark}${c.name}: ${type}`), x + 4, y + 4 + LINE * (i + 1), {
            width: BOX_WIDTH - 8,
            lineBreak: false,
          });
      });
      for (const f of table.foreignKeys)
        relations.push(
          `${schema.name}.${table.name}(${f.references.map((r) => r.column).join(', ')}) -> ${f.referencedSchema}.${f.referencedTable}(${f.references.map((r) => r.referenced).join(', ')})`,
        );
      x += BOX_WIDTH + GAP;
      rowHeight = Math.max(rowHeight, height);
    }
  pdf.addPage();
  pdf.font('B').fontSize(12).text('Relationer / relationships (foreign keys)', PAGE.margin, PAGE.margin);
  pdf.moveDown(0.5);
  pdf.font('R').fontSize(8);
  for (const r of relations) pdf.text(latin1(r), { width: PAGE.width - 2 * PAGE.margin });
  if (relations.length === 0) pdf.text('(inga / none)');
  pdf.end();
  return done;
}
