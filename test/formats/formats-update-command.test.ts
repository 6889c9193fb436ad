/**
 * `samarkiv formats update`: a new signature file is checked by its root element and parsed in
 * full, copied in, and current.json switched; the new version then shows in identify output.
 * Runs on a copy of data/pronom, never on the shipped folder.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCommand } from './support/run-command.ts';

let work = '';
let dir = '';

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'samarkiv-formats-update-'));
  dir = join(work, 'pronom');
  await cp('data/pronom', dir, { recursive: true });
});

after(() => rm(work, { recursive: true, force: true }));

const current = async () =>
  JSON.parse(await readFile(join(dir, 'current.json'), 'utf8')) as Record<string, string>;

test('a newer DROID signature file and container file are installed and shown by identify', async () => {
  const v119 = join(work, 'DROID_SignatureFile_V119.xml');
  await writeFile(
    v119,
    (await readFile('data/pronom/DROID_SignatureFile_V118.xml', 'utf8')).replace(
      'Version="118"',
      'Version="119"',
    ),
  );
  const sig = runCommand('formats-update', v119, `dir=${dir}`);
  assert.equal(sig.code, 0, sig.stderr);
  assert.match(sig.stdout, /DROID signature file V119 is now in use/);
  const container = join(work, 'container-signature-20250101.xml');
  await cp('data/pronom/container-signature-20240501.xml', container);
  const con = runCommand('formats-update', container, `dir=${dir}`);
  assert.equal(con.code, 0, con.stderr);
  assert.deepEqual(await current(), {
    signatureFile: 'DROID_SignatureFile_V119.xml',
    containerSignatureFile: 'container-signature-20250101.xml',
  });
  const sample = join(work, 'a.xml');
  await writeFile(sample, '<?xml version="1.0"?><a/>');
  const r = runCommand('identify', sample, 'format=json', `signatureDir=${dir}`);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    signatureVersion: string;
    containerSignatureVersion: string;
    files: { puid: string }[];
  };
  assert.equal(report.signatureVersion, '119');
  assert.equal(report.containerSignatureVersion, '20250101');
  assert.equal(report.files[0]?.puid, 'fmt/101');
});

test('a file that is not a signature file, or not a usable one, changes nothing and exits 2', async () => {
  const before = await current();
  const cases: [string, string, RegExp][] = [
    [
      'METS.xml',
      '<?xml version="1.0"?><mets xmlns="http://www.loc.gov/METS/"/>',
      /ARC_ERR_FORMAT_SIGNATURES_INVALID/,
    ],
    [
      'DROID_SignatureFile_V120.xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><FFSignatureFile Version="120">&e;</FFSignatureFile>',
      /ARC_ERR_XML_DTD_FORBIDDEN/,
    ],
    [
      'DROID_SignatureFile_V121.xml',
      '<?xml version="1.0"?><FFSignatureFile Version="121"><InternalSignatureCollection>',
      /ARC_ERR_XML_MALFORMED/,
    ],
  ];
  for (const [name, xml, expected] of cases) {
    const path = join(work, name);
    await writeFile(path, xml);
    const r = runCommand('formats-update', path, `dir=${dir}`);
    assert.equal(r.code, 2, name);
    assert.match(r.stderr, expected, name);
  }
  const missing = runCommand('formats-update', join(work, 'finns-inte.xml'), `dir=${dir}`);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /ARC_ERR_INPUT_NOT_FOUND/);
  assert.deepEqual(await current(), before);
});
