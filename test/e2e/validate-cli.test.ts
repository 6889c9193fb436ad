/**
 * The validate command as a user runs it: a child process through bin/samarkiv.js, its exit code,
 * stdout in each format and language.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildFixture } from '../support/fixture-package.ts';

const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;
let work = '';
let validPkg = '';
let brokenPkg = '';

function samarkiv(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function materialize(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  for (const [path, bytes] of files) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'samarkiv-cli-'));
  const valid = buildFixture({ profile: 'sip-2.2' });
  validPkg = join(work, valid.rootName);
  await materialize(validPkg, valid.files);
  const broken = buildFixture({ profile: 'sip-2.2', rootMets: (x) => x.replace(/ CREATEDATE="[^"]*"/, '') });
  brokenPkg = join(work, 'broken', broken.rootName);
  await materialize(brokenPkg, broken.files);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test('a valid package: exit 0 and a JSON report listing every requirement once', () => {
  const r = samarkiv('validate', validPkg, '--format', 'json', '--lang', 'en');
  const report = JSON.parse(r.stdout);
  assert.equal(r.code, 0, r.stdout.slice(0, 2000));
  assert.equal(report.valid, true);
  assert.equal(report.profile, 'sip-2.2');
  assert.equal(report.objid, 'uuid-3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f');
  assert.deepEqual(Object.keys(report.summary).slice(0, 3), ['errors', 'warnings', 'infos']);
  const ids = report.results.map((x: { requirement: string }) => x.requirement);
  assert.equal(new Set(ids).size, ids.length, 'each requirement once');
  for (const id of ['CSIPSTR1', 'CSIP1', 'CSIP117', 'SIP1', 'SIP35', 'SAMARKIV-XSD-1'])
    assert.ok(ids.includes(id), id);
  for (const x of report.results) {
    assert.ok(['MUST', 'SHOULD', 'MAY'].includes(x.level));
    assert.ok(['ERROR', 'WARNING', 'INFO'].includes(x.severity));
    assert.ok(['passed', 'failed', 'not-applicable'].includes(x.status));
    assert.equal(typeof x.message, 'string');
  }
  const xsd = report.results.find((x: { requirement: string }) => x.requirement === 'SAMARKIV-XSD-1');
  assert.equal(xsd.status, 'passed', 'the CLI runs schema validation');
});

test('a package with an error: exit 1, the failing requirement named with its location', () => {
  const r = samarkiv('validate', brokenPkg, '--format', 'json');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  const csip7 = report.results.find((x: { requirement: string }) => x.requirement === 'CSIP7');
  assert.equal(csip7.status, 'failed');
  assert.equal(csip7.severity, 'ERROR');
  assert.equal(csip7.location.file, 'METS.xml');
});

test('text report in Swedish by default and in English on request, naming the requirement', () => {
  const sv = samarkiv('validate', brokenPkg);
  assert.equal(sv.code, 1);
  assert.match(sv.stdout, /Valideringsrapport/);
  assert.match(sv.stdout, /UNDERKÄNT/);
  assert.match(sv.stdout, /CSIP7/);
  const en = samarkiv('validate', brokenPkg, '--lang', 'en');
  assert.match(en.stdout, /Validation report/);
  assert.match(en.stdout, /INVALID/);
});

test('HTML report is a complete document without scripts', () => {
  const r = samarkiv('validate', validPkg, '--format', 'html', '--lang', 'sv');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.match(r.stdout, /<html lang="sv">/);
  assert.doesNotMatch(r.stdout, /<script/i);
  assert.match(r.stdout, /id="CSIP1"/);
});

test('input that cannot be checked: exit 2 and a JSON document with the error code', () => {
  const r = samarkiv('validate', join(work, 'does-not-exist'), '--format', 'json');
  assert.equal(r.code, 2);
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  assert.equal(report.error.code, 'ARC_ERR_INPUT_NOT_FOUND');
});

test('a corrupt ZIP: exit 2 with ARC_ERR_ARCHIVE_CORRUPT, and the text report names the code', async () => {
  const path = join(work, 'corrupt.zip');
  await writeFile(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]));
  const json = samarkiv('validate', path, '--format', 'json');
  assert.equal(json.code, 2);
  assert.equal(JSON.parse(json.stdout).error.code, 'ARC_ERR_ARCHIVE_CORRUPT');
  const text = samarkiv('validate', path);
  assert.match(text.stdout, /ARC_ERR_ARCHIVE_CORRUPT/);
});

test('usage errors: unknown profile and format exit 2', () => {
  const p = samarkiv('validate', validPkg, '--profile', 'sip-9', '--format', 'json');
  assert.equal(p.code, 2);
  assert.equal(JSON.parse(p.stdout).error.code, 'ARC_ERR_PROFILE_UNKNOWN');
  const f = samarkiv('validate', validPkg, '--format', 'pdf');
  assert.equal(f.code, 2);
  assert.match(f.stderr, /ARC_ERR_USAGE/);
  const none = samarkiv('validate');
  assert.equal(none.code, 2);
});

test('--profile overrides detection', () => {
  const r = samarkiv('validate', validPkg, '--profile', 'csip-2.1', '--format', 'json');
  const report = JSON.parse(r.stdout);
  assert.equal(report.profile, 'csip-2.1');
  assert.ok(!report.results.some((x: { requirement: string }) => x.requirement === 'SIP1'));
});
