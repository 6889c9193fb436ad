/**
 * PDF/A-1b documents for generated test exports, made fast enough for 100,000 documents: pdfkit
 * renders one template per document kind (PDF/A-1b subset: embedded DejaVu Sans subset, XMP
 * metadata, sRGB output intent), and each document is a copy of its template with its text fields
 * overwritten in place. Why that stays a valid PDF/A-1b:
 *   - the content stream is not compressed, and every field is a run of placeholder glyphs of fixed
 *     length, so the new text (padded with spaces, cut at the field's length) has the same number of
 *     bytes: no offset, /Length or xref entry moves;
 *   - the template first draws every character the fields may use (in white, 1 pt) so that each of
 *     their glyphs is in the embedded font subset, its widths and its ToUnicode map.
 * Characters outside FIELD_ALPHABET are written as "?". The font (data/fonts/, DejaVu Sans cut to
 * Latin-1 with pyftsubset) is shipped so output does not depend on the fonts of the machine.
 */
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const FONT_DIR = fileURLToPath(new URL('../../../data/fonts/', import.meta.url));
export const REGULAR_FONT = `${FONT_DIR}dejavu-sans-latin1.ttf`;
export const BOLD_FONT = `${FONT_DIR}dejavu-sans-bold-latin1.ttf`;

/** Every character a field may hold; the placeholder "¤" is not one of them. */
export const FIELD_ALPHABET =
  ' abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789.,:;-–/()§"\'!?&+%@_*#=';
const PLACEHOLDER = '¤';

export interface TemplateField {
  /** Printed before the field, e.g. "Diarienummer:". Empty for a free line. */
  readonly label: string;
  /** Field length in characters. */
  readonly width: number;
}

export interface TemplateSpec {
  /** Document title in the Info dictionary and XMP (dc:title), e.g. "Beslut". */
  readonly title: string;
  readonly author: string;
  /** Heading printed in bold. */
  readonly heading: string;
  readonly fields: readonly TemplateField[];
  /** Fixed paragraphs printed after the fields. */
  readonly body: readonly string[];
  /** Creation date written into the file (fixed so output is reproducible). */
  readonly created: Date;
}

export interface PdfaTemplate {
  readonly spec: TemplateSpec;
  /** A new PDF/A-1b file: the template with `values[i]` in field i. */
  fill(values: readonly string[]): Buffer;
}

interface Slot {
  readonly offset: number;
  readonly width: number;
}

function render(spec: TemplateSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    subset: 'PDF/A-1b',
    pdfVersion: '1.4',
    compress: false,
    size: 'A4',
    margin: 56,
    font: REGULAR_FONT,
    info: {
      Title: spec.title,
      Author: spec.author,
      Creator: 'samarkiv generate w3d3',
      Producer: 'samarkiv (pdfkit)',
      CreationDate: spec.created,
      ModDate: spec.created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('R', REGULAR_FONT);
  doc.registerFont('B', BOLD_FONT);
  // First use of the regular font: puts every field glyph into the subset, in alphabet order.
  doc
    .font('R')
    .fontSize(1)
    .fillColor('white')
    .text(FIELD_ALPHABET + PLACEHOLDER, 56, 20, { lineBreak: false });
  doc.fillColor('black').font('B').fontSize(16).text(spec.heading, 56, 72);
  doc.moveDown(0.8);
  for (const field of spec.fields) {
    const y = doc.y;
    if (field.label) doc.font('B').fontSize(10).text(field.label, 56, y, { lineBreak: false });
    doc
      .font('R')
      .fontSize(10)
      .text(PLACEHOLDER.repeat(field.width), field.label ? 170 : 56, y, { lineBreak: false });
    doc.y = y + 16;
  }
  doc.moveDown(1);
  doc.x = 56;
  for (const p of spec.body) doc.font('R').fontSize(10).text(p, { width: 480 }).moveDown(0.6);
  doc.end();
  return done;
}

/** Glyph ids of the regular font's subset: assigned in order of first use, i.e. alphabet order. */
function glyphIds(): Map<string, string> {
  const ids = new Map<string, string>();
  [...FIELD_ALPHABET, PLACEHOLDER].forEach((ch, i) => ids.set(ch, (i + 1).toString(16).padStart(4, '0')));
  return ids;
}

const GLYPHS = glyphIds();
const SPACE = GLYPHS.get(' ') as string;
const QUESTION = GLYPHS.get('?') as string;

function findSlots(pdf: Buffer, fields: readonly TemplateField[]): Slot[] {
  const text = pdf.toString('latin1');
  const slots: Slot[] = [];
  let from = 0;
  for (const field of fields) {
    const run = `<${(GLYPHS.get(PLACEHOLDER) as string).repeat(field.width)}>`;
    const at = text.indexOf(run, from);
    if (at < 0) throw new Error(`pdfa-template: placeholder of field "${field.label}" not found`);
    slots.push({ offset: at + 1, width: field.width });
    from = at + run.length;
  }
  return slots;
}

function encodeField(value: string, width: number): Buffer {
  const chars = [...value.normalize('NFC')].slice(0, width);
  let hex = '';
  for (const ch of chars) hex += GLYPHS.get(ch) ?? QUESTION;
  hex += SPACE.repeat(width - chars.length);
  return Buffer.from(hex, 'latin1');
}

export async function createPdfaTemplate(spec: TemplateSpec): Promise<PdfaTemplate> {
  const pdf = await render(spec);
  const slots = findSlots(pdf, spec.fields);
  return {
    spec,
    fill(values) {
      const out = Buffer.from(pdf);
      slots.forEach((slot, i) => encodeField(values[i] ?? '', slot.width).copy(out, slot.offset));
      return out;
    },
  };
}
