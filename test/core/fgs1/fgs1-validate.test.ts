/**
 * samarkiv validate on FGS 1.x ZIPs, end to end: validatePackage with the CLI's dependencies
 * (createDeps: the real ZIP reader and the shipped-schema validator), and once through bin/samarkiv.js.
 * The ZIP has no root folder, as PowerShell's Compress-Archive of a package folder's content writes it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import yazl from 'yazl';
import { FGS1_REQUIREMENTS } from '../../../src/core/fgs1/requirements/index.ts';
import { requirementsOf } from '../../../src/core/validation/profile-requirements.ts';
import { PROFILES } from '../../../src/core/validation/profiles.ts';
import type { ValidationReport } from '../../../src/core/validation/report.ts';
import { createDeps } from '../../../src/cli/deps.ts';
import { validatePackage } from '../../../src/services/validate-package.ts';
import { buildFgs1Fixture, dropAgent, swap, type Fgs1FixtureOptions } from './fixture.ts';

let work = '';

async function writeZip(name: string, options: Fgs1FixtureOptions = {}): Promise<string> {
  const { files } = buildFgs1Fixture(options);
  const zip = new yazl.ZipFile();
  for (const [path, bytes] of files) zip.addBuffer(Buffer.from(bytes), path);
  zip.end();
  const file = join(work, name);
  await pipeline(zip.outputStream, createWriteStream(file));
  return file;
}

function failedIds(report: ValidationReport): string[] {
  return report.results.filter((r) => r.status === 'failed').map((r) => r.requirement);
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'samarkiv-fgs1-'));
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test('a valid FGS 1.x ZIP: profile fgs-1 detected, every FGS1 requirement checked, no errors or warnings', async () => {
  const report = await validatePackage(createDeps(), await writeZip('valid.zip'), { lang: 'en' });
  assert.equal(report.profile, 'fgs-1');
  assert.equal(report.container, 'zip');
  assert.equal(report.objid, 'UUID:9bc10faa-3fff-4a8f-bf9a-638841061065');
  assert.deepEqual(
    report.results.map((r) => r.requirement),
    requirementsOf(PROFILES['fgs-1']).map((r) => r.id),
  );
  for (const r of FGS1_REQUIREMENTS)
    assert.ok(
      report.results.some((x) => x.requirement === r.id),
      r.id,
    );
  assert.deepEqual(failedIds(report), []);
  assert.equal(report.summary.errors, 0);
  assert.equal(report.summary.warnings, 0);
  assert.equal(report.valid, true);
  // The schema validator ran: the METS and the PREMIS were checked, not skipped.
  const status = new Map(report.results.map((r) => [r.requirement, r.status]));
  assert.equal(status.get('FGS1-XSD-1'), 'passed');
  assert.equal(status.get('FGS1-XSD-2'), 'passed');
  assert.equal(report.summary.files, 5, 'sip.xml, three listed files and metadata/premis.xml were read');
});

test('a broken FGS 1.x ZIP reports exactly the FGS1 requirements it breaks', async () => {
  const zip = await writeZip('broken.zip', {
    sip: (x) =>
      dropAgent('<mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">')(swap(' ext:OAISTYPE="SIP"', '')(x)),
    files: (f) => {
      f.set(
        'content/1/beslut_bygglov.pdf',
        new TextEncoder().encode('%PDF-1.4\n% changed after listing!\n%%EOF\n'),
      );
      f.set('content/3/not-listed.txt', new TextEncoder().encode('extra\n'));
    },
  });
  const report = await validatePackage(createDeps(), zip, { lang: 'sv' });
  assert.equal(report.profile, 'fgs-1');
  assert.equal(report.valid, false);
  assert.deepEqual(failedIds(report).sort(), [
    'FGS1-FILE-4', // the PDF's size changed
    'FGS1-FILE-5', // and its checksum
    'FGS1-HDR-2', // no ext:OAISTYPE
    'FGS1-HDR-4', // no archival creator
    'FGS1-STR-4', // content/3/not-listed.txt
  ]);
  const hdr4 = report.results.find((r) => r.requirement === 'FGS1-HDR-4');
  assert.equal(hdr4?.severity, 'ERROR');
  assert.match(String(hdr4?.message), /arkivbildare/);
  assert.equal(report.results.find((r) => r.requirement === 'FGS1-STR-4')?.severity, 'WARNING');
});

test('detection: sip.xml or mets.xml without a known PROFILE is 1.x; a known E-ARK PROFILE URL wins', async () => {
  const noProfile = { sip: swap(/ PROFILE="[^"]*"/, '') };
  const sipXml = await validatePackage(createDeps(), await writeZip('noprofile.zip', noProfile));
  assert.equal(sipXml.profile, 'fgs-1');
  assert.ok(failedIds(sipXml).includes('FGS1-METS-3'));
  const metsXml = await validatePackage(
    createDeps(),
    await writeZip('mets-xml.zip', { metsName: 'mets.xml' }),
  );
  assert.equal(metsXml.profile, 'fgs-1');
  assert.deepEqual(failedIds(metsXml), []);
  const eark = await validatePackage(
    createDeps(),
    await writeZip('eark.zip', {
      sip: swap(/PROFILE="[^"]*"/, 'PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"'),
    }),
  );
  assert.equal(eark.profile, 'sip-2.2', 'a known E-ARK URL wins over the file name');
});

test('bin/samarkiv.js validate on a 1.x ZIP: exit 0, JSON report with profile fgs-1', async () => {
  const zip = await writeZip('cli.zip');
  const bin = new URL('../../../bin/samarkiv.js', import.meta.url).pathname;
  // Structure only: the fixture's content (a plain PDF, a placeholder XSD) is not what this proves.
  const r = spawnSync(
    process.execPath,
    [bin, 'validate', zip, '--no-content', '--format', 'json', '--lang', 'en'],
    {
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(r.stdout) as ValidationReport;
  const failed = report.results
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.requirement}: ${x.message}`);
  assert.equal(r.status, 0, failed.join('\n') + r.stderr);
  assert.equal(report.profile, 'fgs-1');
  assert.equal(report.profileLabel, 'FGS Paketstruktur 1.x (legacy)');
  assert.equal(report.summary.errors, 0);
});
