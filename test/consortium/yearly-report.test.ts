/**
 * The yearly report generated from the seed's figures: the numbers are checked in the HTML and in
 * the PDF's text (pdftotext), and every PDF page is rendered to an image (pdftoppm) that must not be
 * blank. The PDF and the page images are kept under test-artifacts/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { MemoryConsortiumStore } from '../../src/adapters/consortium/memory-consortium-store.ts';
import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.ts';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import { yearlyReportHtml, yearlyReportPdf } from '../../src/services/consortium/yearly-report/index.ts';

const artifacts = fileURLToPath(new URL('../../test-artifacts/yearly-report/', import.meta.url));
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const renderer = new ChromiumPdfRenderer();
after(() => renderer.close());

/** The seed's 2021–2023 table as printed. */
const SEED_TABLE: [string, string, number, number, number][] = [
  ['Bjuv', '0,03', 311, 319, 327],
  ['Hörby', '0,03', 311, 319, 327],
  ['Klippan', '0,04', 347, 356, 364],
  ['Landskrona', '0,10', 839, 860, 881],
  ['Lund', '0,27', 2183, 2238, 2293],
  ['Perstorp', '0,02', 168, 172, 176],
  ['Simrishamn', '0,04', 347, 356, 364],
  ['Sjöbo', '0,04', 347, 356, 364],
  ['Skurup', '0,03', 311, 319, 327],
  ['Svedala', '0,05', 411, 421, 432],
  ['Trelleborg', '0,10', 839, 860, 881],
  ['Tomelilla', '0,03', 311, 319, 327],
  ['Ystad', '0,07', 560, 574, 588],
  ['Åstorp', '0,03', 311, 319, 327],
  ['Ängelholm', '0,09', 777, 797, 816],
  ['Örkelljunga', '0,02', 168, 172, 176],
];

const sv = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
/** Text with every kind of space folded to one ASCII space. */
const fold = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ');

function checkFigures(text: string): void {
  const t = fold(text);
  for (const [name, share, a, b, c] of SEED_TABLE)
    assert.match(t, new RegExp(`${name} ${share} 0,\\d{4} ${sv(a)} ${sv(b)} ${sv(c)}`), `row ${name}`);
  assert.match(t, /Totalt 0,99 1,0000 8 541 8 757 8 970/);
  assert.match(t, /Summa 8 200 3 225 4 975/);
  assert.match(t, /Lön, ersättning, soc avg 5 000 1 670 3 330/);
  assert.match(t, /Köpta tjänster 2 700 1 480 1 220/);
  assert.match(t, /Lokaler 500 0 500/);
  assert.match(t, /Trelleborg W3D3 Leveranskontroll 249 140 leverantören \(Visma\)/);
  assert.match(t, /Ängelholm Procapita VoO Inleverans 270 49 leverantören \(Visma\)/);
  assert.match(t, /Inga besparingar är realiserade per 2021-11-05/);
}

test('the HTML report carries every figure of the seed tables and the stalled projects', async () => {
  const html = await yearlyReportHtml(new MemoryConsortiumStore(DEMO_DATA), 2021);
  writeFileSync(`${artifacts}yearly-2021.html`, html);
  assert.match(html, /^<!doctype html>/);
  assert.equal((html.match(/<svg /g) ?? []).length, 4, 'four charts');
  checkFigures(html.replace(/<[^>]+>/g, ' '));
});

/** Fraction of pixels darker than near-white in a binary PGM (P5) image from pdftoppm -gray. */
function inkFraction(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  assert.ok(header, 'a P5 image');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const v of pixels) if (v < 200) ink++;
  return ink / pixels.length;
}

test('the PDF report: numbers in its text, every page rendered and not blank', async () => {
  const pdf = await yearlyReportPdf(new MemoryConsortiumStore(DEMO_DATA), 2021, renderer);
  const file = `${artifacts}yearly-2021.pdf`;
  writeFileSync(file, pdf);
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // Table cells become columns in the text layout: check the figures row by row from the text.
  const t = fold(text);
  for (const [name, share, a, b, c] of SEED_TABLE)
    assert.match(t, new RegExp(`${name} ${share} 0,\\d{4} ${sv(a)} ${sv(b)} ${sv(c)}`), `PDF row ${name}`);
  assert.match(t, /Totalt 0,99 1,0000 8 541 8 757 8 970/);
  assert.match(t, /Summa 8 200 3 225 4 975/);
  assert.match(t, /Sida 1 av \d/);
  execFileSync('pdftoppm', ['-r', '50', '-png', file, `${artifacts}page`]);
  execFileSync('pdftoppm', ['-r', '30', '-gray', file, `${artifacts}gray`]);
  const pngs = readdirSync(artifacts).filter((f) => f.startsWith('page') && f.endsWith('.png'));
  const grays = readdirSync(artifacts).filter((f) => f.startsWith('gray') && f.endsWith('.pgm'));
  assert.ok(pngs.length >= 3, `${pngs.length} pages`);
  assert.equal(grays.length, pngs.length);
  for (const png of pngs) assert.ok(statSync(`${artifacts}${png}`).size > 5000, `${png} has content`);
  for (const g of grays) {
    const ink = inkFraction(readFileSync(`${artifacts}${g}`));
    assert.ok(ink > 0.01 && ink < 0.6, `${g}: ${(ink * 100).toFixed(1)} % ink`);
  }
});
