/**
 * `samarkiv sip create`: a folder plus a description file becomes an E-ARK SIP. The command runs
 * as a child process for the exit codes and output; the refusals run in-process.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'yaml';
import { listFolder } from '../../src/adapters/package-writer/list-folder.ts';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { validateXml } from '../../src/adapters/xml/xsd-validator.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { validateDescription } from '../../src/core/package/description.ts';
import { createSip, formatForOutput } from '../../src/services/create-sip.ts';
import { FIXED_NOW, readPackage, tempDir } from './support/package-fixtures.ts';

const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;
const EXAMPLE = new URL('../../examples/delivery.yaml', import.meta.url).pathname;
let work = '';
let input = '';

function samarkiv(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  work = await tempDir('samarkiv-sip-create-');
  input = join(work, 'export');
  await mkdir(join(input, 'ärenden', '2019'), { recursive: true });
  await writeFile(join(input, 'ärenden', '2019', 'BN 2019-0001 beslut.pdf'), Buffer.alloc(2048, 1));
  await writeFile(join(input, 'ärenden', 'index.xml'), '<index/>\n');
  await writeFile(join(input, 'läsmig.txt'), 'Export från W3D3.\n');
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

const description = validateDescription({
  title: 'Bygglov',
  archivalCreator: { name: 'Byggnadsnämnden', organisationNumber: '212000-1124' },
  submitter: { name: 'Lunds kommun', organisationNumber: '212000-1124' },
  sourceSystem: { name: 'W3D3', version: '6.2' },
  submissionAgreement: 'LÖ 2026-17',
  dates: { start: '2010-01-01', end: '2019-12-31' },
  contentCategory: 'Textual works – Digital',
});

function deps() {
  return {
    listFolder,
    writePackage: (spec: Parameters<typeof writePackage>[0], target: Parameters<typeof writePackage>[1]) =>
      writePackage(spec, target, { clock: () => FIXED_NOW }),
    software: { name: 'samarkiv', version: 'test' },
    now: () => FIXED_NOW,
  };
}

describe('samarkiv sip create (CLI)', () => {
  test('writes a ZIP SIP and prints a summary', async () => {
    const out = join(work, 'cli', 'bygglov.zip');
    const r = samarkiv('sip', 'create', input, '--description', EXAMPLE, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /OBJID: +urn:uuid:[0-9a-f-]{36}/);
    assert.match(r.stdout, /content: 3 files/);
    assert.ok(r.stdout.includes(out));

    const pkg = await readPackage(out);
    for (const p of ['ärenden/2019/BN 2019-0001 beslut.pdf', 'ärenden/index.xml', 'läsmig.txt']) {
      assert.ok(pkg.files.has(`representations/rep1/data/${p}`), p);
    }
    const ead = pkg.files.get('metadata/descriptive/ead.xml');
    assert.ok(ead);
    assert.deepEqual(await validateXml(ead, { name: 'ead.xml' }), []);
    const text = ead.toString('utf8');
    for (const s of [
      '<unittitle>Bygglovsärenden 2010–2019</unittitle>',
      '<unitid>SE/1281/BN/F1</unitid>',
      'normal="2010-01-01/2019-12-31"',
      '<corpname>Byggnadsnämnden, Lunds kommun</corpname>',
      'OSL 26 kap. 1 §',
      'BN 2018/412 § 7',
      '<scopecontent>',
    ]) {
      assert.ok(text.includes(s), s);
    }
    const mets = pkg.files.get('METS.xml')!.toString('utf8');
    assert.ok(mets.includes('<note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:2120001124</note>'));
    assert.ok(mets.includes('<altRecordID TYPE="SUBMISSIONAGREEMENT">LÖ 2026-17, 2026-03-01</altRecordID>'));
    assert.ok(mets.includes('PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"'));
  });

  test('--profile sip-2.1 writes the FGS Paketstruktur 2.0 profile URL', async () => {
    const out = join(work, 'cli-21.tar');
    const r = samarkiv(
      'sip',
      'create',
      input,
      '--description',
      EXAMPLE,
      '--out',
      out,
      '--profile',
      'sip-2.1',
    );
    assert.equal(r.code, 0, r.stderr);
    const pkg = await readPackage(out);
    assert.ok(
      pkg.files
        .get('METS.xml')!
        .toString('utf8')
        .includes('PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"'),
    );
  });

  test('an invalid description exits 2 with the code and the field', async () => {
    const bad = join(work, 'bad.yaml');
    await writeFile(
      bad,
      stringify({ title: 'x', archivalCreator: { name: 'X', organisationNumber: '212000-1125' } }),
    );
    const out = join(work, 'never.zip');
    const r = samarkiv('sip', 'create', input, '--description', bad, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ARC_ERR_SIP_DESCRIPTION_INVALID: /);
    assert.match(r.stderr, /archivalCreator\.organisationNumber/);
    await assert.rejects(readdir(out));
  });

  test('a missing description file exits 2', () => {
    const r = samarkiv(
      'sip',
      'create',
      input,
      '--description',
      join(work, 'nope.yaml'),
      '--out',
      join(work, 'x.zip'),
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ARC_ERR_INPUT_NOT_FOUND/);
  });
});

describe('createSip refusals', () => {
  const refused = async (folder: string, out: string, expected: string): Promise<void> => {
    await assert.rejects(
      createSip({ folder, description, descriptionDir: work, out }, deps()),
      (e) => isArchiveError(e) && e.code === expected,
    );
  };

  test('a symbolic link', async () => {
    const dir = join(work, 'with-link');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), 'a');
    await symlink(join(dir, 'a.txt'), join(dir, 'länk.txt'));
    await refused(dir, join(work, 'link.zip'), 'ARC_ERR_PKG_LINK');
  });

  test('a FIFO', async () => {
    const dir = join(work, 'with-fifo');
    await mkdir(dir);
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    await refused(dir, join(work, 'fifo.zip'), 'ARC_ERR_PKG_SPECIAL_FILE');
  });

  test('a name that is not valid UTF-8', async () => {
    const dir = join(work, 'bad-name');
    await mkdir(dir);
    await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x66, 0xff, 0x2e, 0x74])]), 'x');
    await refused(dir, join(work, 'badname.zip'), 'ARC_ERR_PKG_BAD_NAME');
  });

  test('an empty folder, an output inside the input, a missing folder', async () => {
    const empty = join(work, 'empty');
    await mkdir(join(empty, 'only-a-subfolder'), { recursive: true });
    await refused(empty, join(work, 'empty.zip'), 'ARC_ERR_USAGE');
    await refused(input, join(input, 'self.zip'), 'ARC_ERR_USAGE');
    await refused(join(work, 'nowhere'), join(work, 'nowhere.zip'), 'ARC_ERR_INPUT_NOT_FOUND');
  });
});

test('the output format follows --out', async () => {
  assert.equal(formatForOutput('a.zip'), 'zip');
  assert.equal(formatForOutput('A.ZIP'), 'zip');
  assert.equal(formatForOutput('a.tar'), 'tar');
  assert.equal(formatForOutput('out/leveranser'), 'folder');
  const written = await createSip(
    { folder: input, description, descriptionDir: work, out: join(work, 'as-folder') },
    deps(),
  );
  assert.equal(written.kind, 'folder');
  assert.equal(written.path, join(work, 'as-folder', written.objid));
  assert.equal(written.contentFiles, 3);
});
