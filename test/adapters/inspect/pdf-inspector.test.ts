/**
 * PdfInspector against real qpdf, pdfinfo and PDFBox preflight on PDFs generated in
 * support/make-pdf.ts (and encrypted with qpdf). The tools are required: a missing one fails
 * with the Debian package to install.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import { PdfInspector } from '../../../src/adapters/inspect/pdf-inspector.ts';
import type { ContentFindings } from '../../../src/ports/content-inspector.ts';
import { expectCode, tempDir, tempFile } from '../package/support/fixtures.ts';
import { damagedPdf, makePdf, repairablePdf } from './support/make-pdf.ts';
import { encryptedPdf, INSPECT_PACKAGES } from './support/samples.ts';

let inspector: PdfInspector;

before(async () => {
  inspector = await PdfInspector.create();
  assert.equal(
    inspector.preflightUnavailable,
    null,
    `PDFBox preflight must be installed for these tests (apt-get install ${INSPECT_PACKAGES})`,
  );
});

async function inspectBytes(
  t: Parameters<typeof tempFile>[0],
  bytes: Buffer,
  puid = 'fmt/18',
): Promise<ContentFindings> {
  const localPath = await tempFile(t, 'file.pdf', bytes);
  return inspector.inspect({
    path: 'representations/rep1/data/file.pdf',
    puid,
    size: bytes.length,
    localPath,
  });
}

test('pdf: tool versions are recorded, PDFBox preflight among them', () => {
  assert.match(inspector.tools[0]!, /^qpdf \d+\.\d+/);
  assert.match(inspector.tools[1]!, /^pdfinfo \d+\.\d+.* \(poppler\)$/);
  assert.match(inspector.tools[2]!, /^PDFBox preflight 2\.\d+/);
});

test('pdf: handles every PDF PUID and nothing else', () => {
  for (const puid of [
    'fmt/14',
    'fmt/18',
    'fmt/276',
    'fmt/1129',
    'fmt/95',
    'fmt/354',
    'fmt/477',
    'fmt/1912',
    'fmt/488',
  ]) {
    assert.ok(inspector.handles(puid), puid);
  }
  for (const puid of ['x-fmt/263', 'fmt/412', 'fmt/101', 'x-fmt/111'])
    assert.ok(!inspector.handles(puid), puid);
  assert.ok(!inspector.handles(null));
});

test('pdf: a plain PDF is not encrypted and claims no PDF/A', async (t) => {
  const found = await inspectBytes(t, makePdf());
  assert.equal(found.encrypted, false);
  assert.equal(found.encryptionDetail, null);
  assert.equal(found.inspectionError, null);
  assert.equal(found.pdfa?.claimed, null);
  assert.equal(found.pdfa?.valid, null);
  assert.match(found.pdfa!.messages[0]!, /No PDF\/A claim/);
  assert.deepEqual(found.pdfa?.tools, inspector.tools.slice(0, 2));
});

test('pdf: a PDF/A-1b claim that holds is confirmed by PDFBox preflight', async (t) => {
  for (const claimAsElements of [false, true]) {
    const found = await inspectBytes(t, makePdf({ pdfa: { part: 1, conformance: 'B' }, claimAsElements }));
    assert.equal(found.pdfa?.claimed, '1b', `claim as ${claimAsElements ? 'elements' : 'attributes'}`);
    assert.equal(found.pdfa?.valid, true, found.pdfa?.messages.join('; '));
    assert.deepEqual(found.pdfa?.tools, inspector.tools);
    assert.equal(found.encrypted, false);
  }
});

test('pdf: a PDF/A-1b claim that does not hold is refuted with preflight error codes', async (t) => {
  const found = await inspectBytes(t, makePdf({ pdfa: { part: 1, conformance: 'B' }, omitId: true }));
  assert.equal(found.pdfa?.claimed, '1b');
  assert.equal(found.pdfa?.valid, false);
  assert.ok(
    found.pdfa!.messages.some((m) => /^PDF\/A-1b 1\.4\.1: .*ID/.test(m)),
    found.pdfa!.messages.join('; '),
  );
});

test('pdf: PDF/A-1a passes the 1b checks but stays unverified', async (t) => {
  const found = await inspectBytes(t, makePdf({ pdfa: { part: 1, conformance: 'A' } }));
  assert.equal(found.pdfa?.claimed, '1a');
  assert.equal(found.pdfa?.valid, null);
  assert.match(found.pdfa!.messages.join(' '), /PDF\/A-1a requirements .* not checked/);
});

test('pdf: PDF/A-2, -3 and -4 claims are read but cannot be verified here', async (t) => {
  for (const [pdfa, claimed] of [
    [{ part: 2, conformance: 'U' }, '2u'],
    [{ part: 3, conformance: 'B' }, '3b'],
    [{ part: 4 }, '4'],
  ] as const) {
    const found = await inspectBytes(t, makePdf({ pdfa }));
    assert.equal(found.pdfa?.claimed, claimed);
    assert.equal(found.pdfa?.valid, null);
    assert.match(found.pdfa!.messages[0]!, new RegExp(`No validator for PDF/A-${pdfa.part}`));
    assert.ok(
      !found.pdfa!.tools.some((tool) => tool.startsWith('PDFBox')),
      'preflight is not run for other parts',
    );
  }
});

test('pdf: a malformed claim is refuted without running preflight', async (t) => {
  const wrongPart = await inspectBytes(t, makePdf({ pdfa: { part: 5, conformance: 'B' } }));
  assert.equal(wrongPart.pdfa?.claimed, '5b');
  assert.equal(wrongPart.pdfa?.valid, false);
  assert.match(wrongPart.pdfa!.messages[0]!, /not a PDF\/A part/);
  const wrongLevel = await inspectBytes(t, makePdf({ pdfa: { part: 1, conformance: 'U' } }));
  assert.equal(wrongLevel.pdfa?.valid, false);
  assert.match(wrongLevel.pdfa!.messages[0]!, /"U" is not defined for PDF\/A-1/);
});

test('pdf: a PDF that needs a password is encrypted, and its claim cannot be read', async (t) => {
  const path = await encryptedPdf(t, makePdf({ pdfa: { part: 1, conformance: 'B' } }), 'user-secret');
  const found = await inspector.inspect({ path: 'a.pdf', puid: 'fmt/354', size: 0, localPath: path });
  assert.equal(found.encrypted, true);
  assert.match(found.encryptionDetail!, /R = 6.*AESv3.*password is needed to open it/);
  assert.equal(found.inspectionError, null);
  assert.equal(found.pdfa?.claimed, null);
  assert.match(found.pdfa!.messages[0]!, /needs a password/);
});

test('pdf: owner-password encryption is found, and refutes a PDF/A claim', async (t) => {
  const path = await encryptedPdf(t, makePdf({ pdfa: { part: 1, conformance: 'B' } }), '');
  const found = await inspector.inspect({ path: 'a.pdf', puid: 'fmt/354', size: 0, localPath: path });
  assert.equal(found.encrypted, true);
  assert.match(found.encryptionDetail!, /owner password/);
  assert.equal(found.pdfa?.claimed, '1b');
  assert.equal(found.pdfa?.valid, false);
  assert.match(found.pdfa!.messages.join(' '), /forbids encryption/);
});

test('pdf: damage qpdf repairs refutes a PDF/A claim but the file is still inspected', async (t) => {
  const found = await inspectBytes(t, repairablePdf({ pdfa: { part: 1, conformance: 'B' } }));
  assert.equal(found.inspectionError, null);
  assert.equal(found.pdfa?.claimed, '1b');
  assert.equal(found.pdfa?.valid, false);
  assert.match(found.pdfa!.messages.join(' '), /qpdf had to repair the file: .*xref not found/);
});

test('pdf: a damaged or fake PDF gives an inspection error, not a crash', async (t) => {
  for (const bytes of [
    damagedPdf(),
    Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]),
    Buffer.alloc(0),
  ]) {
    const found = await inspectBytes(t, bytes);
    assert.match(found.inspectionError ?? '', /^qpdf could not read the PDF: /);
    assert.equal(found.encrypted, false);
  }
});

test('pdf: a missing tool is a coded error naming the Debian package', async () => {
  await expectCode(PdfInspector.create({ qpdf: '/nonexistent/qpdf' }), 'ARC_ERR_INSPECT_TOOL_MISSING');
  await assert.rejects(PdfInspector.create({ pdfinfo: '/nonexistent/pdfinfo' }), /poppler-utils/);
});

test('pdf: without the PDFBox jars a PDF/A-1b claim is unverifiable and says why', async (t) => {
  const bare = await PdfInspector.create({ javaDir: await tempDir(t) });
  assert.match(bare.preflightUnavailable!, /missing preflight\.jar \(libpdfbox2-java\)/);
  assert.equal(bare.tools.length, 2);
  const localPath = await tempFile(t, 'a.pdf', makePdf({ pdfa: { part: 1, conformance: 'B' } }));
  const found = await bare.inspect({ path: 'a.pdf', puid: 'fmt/354', size: 0, localPath });
  assert.equal(found.pdfa?.claimed, '1b');
  assert.equal(found.pdfa?.valid, null);
  assert.match(found.pdfa!.messages[0]!, /PDFBox preflight is not installed/);
  const off = await PdfInspector.create({ preflight: false });
  assert.match(off.preflightUnavailable!, /switched off/);
});

test('pdf: concurrent inspections all complete with their own results', async (t) => {
  const files = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      tempFile(
        t,
        `f${i}.pdf`,
        makePdf({ pageText: `page ${i}`, pdfa: i % 2 ? { part: 2, conformance: 'B' } : undefined }),
      ),
    ),
  );
  const results = await Promise.all(
    files.map((localPath) => inspector.inspect({ path: localPath, puid: 'fmt/18', size: 0, localPath })),
  );
  assert.deepEqual(
    results.map((r) => r.pdfa?.claimed),
    files.map((_, i) => (i % 2 ? '2b' : null)),
  );
});
