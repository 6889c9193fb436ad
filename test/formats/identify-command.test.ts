/** `samarkiv identify`: a file or a folder, text or JSON, exit codes. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { docx } from './samples/container-samples.ts';
import { pdf, pdfaXmp, png } from './samples/binary-samples.ts';
import { runCommand } from './support/run-command.ts';

let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samarkiv-identify-'));
  await mkdir(join(dir, 'bilagor', 'bilder'), { recursive: true });
  await writeFile(join(dir, 'arsredovisning.pdf'), pdf('1.4', pdfaXmp(1, 'B')));
  await writeFile(join(dir, 'bilagor', 'yttrande.docx'), await docx());
  await writeFile(join(dir, 'bilagor', 'bilder', 'karta.png'), png());
  await writeFile(join(dir, 'bilagor', 'okand'), Buffer.from([1, 2, 3, 4, 5]));
});

after(() => rm(dir, { recursive: true, force: true }));

interface JsonReport {
  signatureVersion: string;
  containerSignatureVersion: string;
  files: {
    path: string;
    puid: string | null;
    formatName: string | null;
    identificationMethod: string;
    candidates: string[];
  }[];
}

test('a folder is walked recursively; --format json gives one document with the versions in use', async () => {
  const r = runCommand('identify', dir, 'format=json');
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.signatureVersion, '118');
  assert.equal(report.containerSignatureVersion, '20240501');
  const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
  assert.deepEqual(Object.keys(byPath), [
    join(dir, 'arsredovisning.pdf'),
    join(dir, 'bilagor', 'bilder', 'karta.png'),
    join(dir, 'bilagor', 'okand'),
    join(dir, 'bilagor', 'yttrande.docx'),
  ]);
  assert.deepEqual(
    { ...byPath[join(dir, 'arsredovisning.pdf')] },
    {
      path: join(dir, 'arsredovisning.pdf'),
      puid: 'fmt/354',
      formatName: 'Acrobat PDF/A - Portable Document Format',
      formatVersion: '1b',
      identificationMethod: 'signature',
      candidates: [],
      warning: null,
    },
  );
  assert.equal(byPath[join(dir, 'bilagor', 'yttrande.docx')]?.identificationMethod, 'container');
  assert.equal(byPath[join(dir, 'bilagor', 'okand')]?.puid, null);
  assert.equal(byPath[join(dir, 'bilagor', 'okand')]?.identificationMethod, 'none');
});

test('text output: the versions, one line per file, a summary', async () => {
  const r = runCommand('identify', join(dir, 'bilagor', 'bilder', 'karta.png'), 'format=text');
  assert.equal(r.code, 0);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], '# PRONOM signature file V118, container signatures 20240501');
  assert.equal(
    lines[1],
    `${join(dir, 'bilagor', 'bilder', 'karta.png')}\tfmt/11\tPortable Network Graphics 1.0\tsignature`,
  );
  assert.equal(lines[2], '# 1 file(s), 0 unidentified');
});

test('usage errors and missing input exit with 2', async () => {
  const badFormat = runCommand('identify', dir, 'format=xml');
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /ARC_ERR_USAGE/);
  const missing = runCommand('identify', join(dir, 'finns-inte'), 'format=json');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /ARC_ERR_INPUT_NOT_FOUND/);
});

test('a target that is neither a file nor a folder is refused with 2, never read', async () => {
  const fifo = join(dir, 'ror');
  execFileSync('mkfifo', [fifo]);
  const r = runCommand('identify', fifo, 'format=json');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ARC_ERR_INPUT_READ: .*not a regular file or folder/);
});
