/**
 * The ERMS path end to end, as a producer runs it: `samarkiv generate w3d3` makes an export, `sip
 * create --erms` packs it, and `samarkiv validate` with every default content check (format
 * identification, policy, PDF/A with PDFBox preflight, clamd) finds zero errors and zero warnings,
 * with every SAMARKIV-ERMS rule passed, for CITS ERMS 2.1 and 3.0.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import yauzl from 'yauzl';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { testClamd, type TestClamd } from '../adapters/scan/support/clamd.ts';
import { samarkiv, sipCreate, smallExport } from './support.ts';

let clamd: TestClamd;
before(async () => {
  clamd = await testClamd();
});
after(async () => {
  await clamd?.stop();
});

function entries(zip: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (err, z) => {
      if (err || !z) return reject(err);
      const names: string[] = [];
      z.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        z.readEntry();
      });
      z.on('end', () => resolve(names));
      z.on('error', reject);
      z.readEntry();
    });
  });
}

for (const version of ['2.1', '3.0'] as const) {
  test(`a generated CITS ERMS ${version} export becomes a SIP that validates with no errors and no warnings`, async () => {
    const e = await smallExport(version === '2.1' ? 2 : 1, version);
    const out = join(e.dir, 'leverans.zip');
    const built = sipCreate(e, out);
    assert.equal(built.status, 0, built.stderr);

    const names = await entries(out);
    const rep = names.filter((n) => n.includes('/representations/rep1/'));
    assert.ok(rep.some((n) => n.endsWith('/representations/rep1/metadata/descriptive/erms.xml')));
    assert.equal(rep.filter((n) => n.includes('/data/') && n.endsWith('.pdf')).length, e.documents);

    const r = samarkiv(['validate', out, '--format', 'json', '--lang', 'en', '--clamd', clamd.socketPath]);
    const report = JSON.parse(r.stdout) as ValidationReport;
    const failed = report.results.filter((x) => x.status === 'failed');
    assert.deepEqual(
      failed.map((f) => `${f.requirement}: ${f.message}`),
      [],
    );
    assert.equal(report.summary.errors, 0);
    assert.equal(report.summary.warnings, 0);
    assert.equal(r.status, 0);
    for (const id of [
      'SAMARKIV-ERMS-1',
      'SAMARKIV-ERMS-2',
      'SAMARKIV-ERMS-3',
      'SAMARKIV-ERMS-4',
      'SAMARKIV-ERMS-5',
      'SAMARKIV-ERMS-6',
      'SAMARKIV-PDF-1',
    ]) {
      assert.equal(report.results.find((x) => x.requirement === id)?.status, 'passed', id);
    }
    assert.ok(
      report.files?.every((f) => !f.path.endsWith('.pdf') || f.puid === 'fmt/354'),
      'every document is PDF/A-1b',
    );
  });
}
