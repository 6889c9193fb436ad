/**
 * Delivery control of the content, as a user runs it: `samarkiv validate` (content checks on by
 * default) on a SIP holding a PDF/A-1b claim, a plain PDF, an encrypted PDF, a password-protected
 * ZIP, a CSV, a badly named file and the EICAR test string. The JSON report names every file's
 * PUID, format, policy verdict, encryption and virus verdicts, and the failing requirement IDs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import type { ContentFile } from '../../src/core/package/writer/package-spec.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { makePdf } from '../adapters/inspect/support/make-pdf.ts';
import { encryptedPdf, zipWithPassword } from '../adapters/inspect/support/samples.ts';
import { EICAR, testClamd, type TestClamd } from '../adapters/scan/support/clamd.ts';
import { counterUuid, FIXED_NOW, specFor, tempDir } from '../writer/support/package-fixtures.ts';

const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;
let clamd: TestClamd;
let report: ValidationReport;
let exitCode: number | null;

const buf = (data: Uint8Array): ContentFile['source'] => ({ kind: 'buffer', data });

before(async (t) => {
  clamd = await testClamd();
  const dir = await tempDir('samarkiv-content-e2e-');
  const ctx = t as unknown as Parameters<typeof encryptedPdf>[0];
  const data: ContentFile[] = [
    { path: 'beslut-pdfa.pdf', source: buf(makePdf({ pdfa: { part: 1, conformance: 'B' } })) },
    { path: 'beslut-vanlig.pdf', source: buf(makePdf()) },
    { path: 'hemlig.pdf', source: buf(await readFile(await encryptedPdf(ctx, makePdf(), 'hemligt'))) },
    { path: 'bilagor.zip', source: buf(await readFile(await zipWithPassword(ctx))) },
    { path: 'arenden.csv', source: buf(new TextEncoder().encode('dnr;rubrik\nBN 2019/412;Bygglov\n')) },
    { path: 'Protokoll 2019.txt', source: buf(new TextEncoder().encode('Protokoll\n')) },
    { path: 'eicar.txt', source: buf(EICAR) },
  ];
  const spec = specFor('sip-2.2', data);
  const written = await writePackage(
    { ...spec, representations: [{ name: 'rep1', data }] },
    { kind: 'zip', path: join(dir, 'sip.zip') },
    {
      clock: () => FIXED_NOW,
      uuid: counterUuid(),
    },
  );
  const r = spawnSync(
    process.execPath,
    [BIN, 'validate', written.path, '--format', 'json', '--lang', 'en', '--clamd', clamd.socketPath],
    {
      encoding: 'utf8',
    },
  );
  exitCode = r.status;
  report = JSON.parse(r.stdout) as ValidationReport;
});

after(async () => {
  await clamd?.stop();
});

function file(name: string) {
  const f = report.files?.find((x) => x.path.endsWith(`/data/${name}`));
  assert.ok(f, `${name} is in the files list`);
  return f;
}

function status(id: string): string | undefined {
  return report.results.find((r) => r.requirement === id)?.status;
}

test('the report names the signature files, the policy and the scanner in use', () => {
  assert.equal(report.contentChecks?.signatureVersion, '118');
  assert.equal(report.contentChecks?.containerSignatureVersion, '20240501');
  assert.match(report.contentChecks?.policy ?? '', /RA-FS 2009:2/);
  assert.match(report.contentChecks?.scanner ?? '', /ClamAV/);
});

test('every file has its PUID, format name, method, checksum and policy verdict', () => {
  const pdfa = file('beslut-pdfa.pdf');
  assert.equal(pdfa.puid, 'fmt/354');
  assert.equal(pdfa.identificationMethod, 'signature');
  assert.equal(pdfa.policy, 'accepted');
  assert.match(pdfa.checksum ?? '', /^[0-9a-f]{64}$/);
  assert.equal(file('beslut-vanlig.pdf').policy, 'conversion');
  assert.equal(file('arenden.csv').puid, 'x-fmt/18');
  assert.equal(file('arenden.csv').policy, 'accepted');
  for (const f of report.files ?? []) assert.ok('puid' in f && 'formatName' in f && 'policy' in f, f.path);
});

test('encryption is found in the PDF and in the ZIP and refused (SAMARKIV-ENC-1)', () => {
  assert.equal(file('hemlig.pdf').encrypted, true);
  assert.equal(file('bilagor.zip').encrypted, true);
  assert.equal(file('beslut-vanlig.pdf').encrypted, false);
  assert.equal(status('SAMARKIV-ENC-1'), 'failed');
});

test('the PDF/A-1b claim is read and checked', () => {
  assert.equal(file('beslut-pdfa.pdf').pdfa?.claimed, '1b');
});

test('the EICAR test file is found by clamd (SAMARKIV-VIR-1) and clean files are scanned', () => {
  assert.equal(file('eicar.txt').virus?.infected, true);
  assert.equal(file('arenden.csv').virus?.infected, false);
  assert.equal(status('SAMARKIV-VIR-1'), 'failed');
  assert.equal(status('SAMARKIV-VIR-2'), 'passed');
});

test('naming and conversion needs are reported, and the package is refused with exit 1', () => {
  assert.equal(status('SAMARKIV-NAME-1'), 'failed');
  assert.equal(status('SAMARKIV-FMT-3'), 'failed');
  assert.equal(report.valid, false);
  assert.equal(exitCode, 1);
});
