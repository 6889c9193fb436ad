/**
 * `descriptiveMetadata` in the description file: EAD 2002 (the default) or EAD3, the same content
 * either way, the matching XSD shipped in schemas/ and MDTYPEVERSION in the dmdSec; both packages
 * validate with zero errors and zero warnings.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { validateXml } from '../../src/adapters/xml/xsd-validator.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { testClamd, type TestClamd } from '../adapters/scan/support/clamd.ts';
import { readPackage, tempDir } from './support/package-fixtures.ts';

const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;
const EXAMPLE = new URL('../../examples/delivery.yaml', import.meta.url).pathname;
let work = '';
let input = '';
let clamd: TestClamd;

function samarkiv(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  clamd = await testClamd();
  work = await tempDir('samarkiv-sip-ead-');
  input = join(work, 'export');
  await mkdir(join(input, 'arenden'), { recursive: true });
  await writeFile(join(input, 'arenden', 'index.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<index/>\n');
  await writeFile(join(input, 'lasmig.txt'), 'Export från W3D3.\n');
});
after(async () => {
  await clamd?.stop();
  await rm(work, { recursive: true, force: true });
});

/** The example description with `descriptiveMetadata` set (or left out). */
async function descriptionWith(format: string | undefined): Promise<string> {
  const file = join(work, `beskrivning-${format ?? 'standard'}.yaml`);
  const example = await readFile(EXAMPLE, 'utf8');
  await writeFile(file, format === undefined ? example : `${example}\ndescriptiveMetadata: ${format}\n`);
  return file;
}

const CASES = [
  {
    format: undefined,
    namespace: 'urn:isbn:1-931666-22-9',
    xsd: 'ead2002.xsd',
    version: '2002',
    content: ['<corpname>Byggnadsnämnden, Lunds kommun</corpname>', 'normal="2010-01-01/2019-12-31"'],
  },
  {
    format: 'ead3',
    namespace: 'http://ead3.archivists.org/schema/',
    xsd: 'ead3.xsd',
    version: '3',
    content: [
      '<corpname>\n          <part>Byggnadsnämnden, Lunds kommun</part>',
      '<unitdate unitdatetype="inclusive" normal="2010-01-01/2019-12-31">',
      '<agencyname>Lunds kommun</agencyname>',
    ],
  },
] as const;

for (const c of CASES) {
  test(`descriptiveMetadata ${c.format ?? '(not given)'}: ${c.xsd.replace('.xsd', '')} that validates with no errors and no warnings`, async () => {
    const out = join(work, `${c.format ?? 'standard'}.zip`);
    const r = samarkiv(
      'sip',
      'create',
      input,
      '--description',
      await descriptionWith(c.format),
      '--out',
      out,
    );
    assert.equal(r.code, 0, r.stderr);

    const pkg = await readPackage(out);
    const ead = pkg.files.get('metadata/descriptive/ead.xml') as Buffer;
    assert.deepEqual(await validateXml(ead, { name: 'ead.xml' }), []);
    const text = ead.toString('utf8');
    assert.ok(text.includes(`<ead xmlns="${c.namespace}"`), 'root namespace');
    for (const s of [
      '<unittitle>Bygglovsärenden 2010–2019</unittitle>',
      '<unitid>SE/1281/BN/F1</unitid>',
      'OSL 26 kap. 1 §',
      'BN 2018/412 § 7',
      '<scopecontent>',
      ...c.content,
    ]) {
      assert.ok(text.includes(s), s);
    }
    assert.ok(pkg.files.has(`schemas/${c.xsd}`), `schemas/${c.xsd}`);
    const mets = (pkg.files.get('METS.xml') as Buffer).toString('utf8');
    assert.match(mets, new RegExp(`MDTYPE="EAD" MDTYPEVERSION="${c.version}"`));

    const v = samarkiv('validate', out, '--format', 'json', '--lang', 'en', '--clamd', clamd.socketPath);
    const report = JSON.parse(v.stdout) as ValidationReport;
    assert.deepEqual(
      report.results.filter((x) => x.status === 'failed').map((f) => `${f.requirement}: ${f.message}`),
      [],
    );
    assert.equal(report.summary.errors, 0);
    assert.equal(report.summary.warnings, 0);
    assert.equal(report.results.find((x) => x.requirement === 'SAMARKIV-XSD-2')?.status, 'passed');
  });
}

test('an unknown descriptiveMetadata is refused naming the field and the choices', async () => {
  const r = samarkiv(
    'sip',
    'create',
    input,
    '--description',
    await descriptionWith('dc'),
    '--out',
    join(work, 'dc.zip'),
  );
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^ARC_ERR_SIP_DESCRIPTION_INVALID: .*descriptiveMetadata: .*"ead2002".*"ead3"/);
});
