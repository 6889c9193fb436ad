/**
 * What `sip create --erms` refuses before writing anything, each with a coded error that names the
 * place: a document the ERMS file names but the folder lacks, a file nobody refers to, an ERMS
 * file that does not match its schema, a description without the archival creator. And when the
 * write itself fails, nothing is left under the output name (no half-written package).
 */
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { readErmsExport, shippedErmsSchema } from '../../src/adapters/erms/read-erms-export.ts';
import { listFolder } from '../../src/adapters/package-writer/list-folder.ts';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { parseDescription } from '../../src/core/package/description.ts';
import { createErmsSip } from '../../src/services/create-erms-sip.ts';
import type { GeneratedExport } from '../../src/services/generate/w3d3/generate-w3d3.ts';
import { sipCreate, smallExport } from './support.ts';

let e: GeneratedExport & { dir: string };
let pristine: string;
let docs: string[];

before(async () => {
  e = await smallExport(2);
  pristine = await readFile(e.ermsFile, 'utf8');
  docs = (await listFolder(e.documentsFolder)).map((f) => f.path);
});

async function outputLeftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.startsWith('.') || n.endsWith('.zip'));
}

test('a document the ERMS file names but the folder lacks is named, and nothing is written', async () => {
  const gone = docs[1] as string;
  const bytes = await readFile(join(e.documentsFolder, gone));
  await rm(join(e.documentsFolder, gone));
  try {
    const out = join(e.dir, 'missing.zip');
    const r = sipCreate(e, out);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^ARC_ERR_ERMS_DOCUMENTS_MISMATCH: /);
    assert.match(r.stderr, /1 problem:/);
    assert.ok(r.stderr.includes(`missing: appendix/@path "${gone}"`), r.stderr);
    assert.ok(r.stderr.includes(`expected ${e.documentsFolder}/${gone}`), r.stderr);
    assert.match(r.stderr, /ERMS line \d+/);
    assert.deepEqual(await outputLeftovers(e.dir), []);
  } finally {
    await writeFile(join(e.documentsFolder, gone), bytes);
  }
});

test('a file no appendix refers to is named, and nothing is written', async () => {
  const extra = join(e.documentsFolder, 'ks-2015-00001', 'kvarglomd.pdf');
  await writeFile(extra, await readFile(join(e.documentsFolder, docs[0] as string)));
  try {
    const r = sipCreate(e, join(e.dir, 'extra.zip'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^ARC_ERR_ERMS_DOCUMENTS_MISMATCH: /);
    assert.ok(r.stderr.includes(`not referred to by the ERMS file: ${extra}`), r.stderr);
    assert.deepEqual(await outputLeftovers(e.dir), []);
  } finally {
    await rm(extra);
  }
});

test('an ERMS file that does not match its schema gets a coded error with line and column', async () => {
  // An element the XSD does not allow, on a known line.
  const broken = pristine.replace(
    '<status value="closed"/>',
    '<status value="closed"/><arendestatus>stängt</arendestatus>',
  );
  const line = broken.split('\n').findIndex((l) => l.includes('<arendestatus>')) + 1;
  await writeFile(e.ermsFile, broken);
  try {
    const r = sipCreate(e, join(e.dir, 'schema.zip'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /^ARC_ERR_ERMS_SCHEMA_INVALID: The ERMS file does not match the CITS ERMS 2\.1 schema: /,
    );
    assert.match(r.stderr, new RegExp(`erms\\.xml:${line}:\\d+: .*arendestatus`));
    assert.deepEqual(await outputLeftovers(e.dir), []);
  } finally {
    await writeFile(e.ermsFile, pristine);
  }
});

test('an ERMS file breaking a Schematron rule or the objectId rules is refused with the line', async () => {
  const broken = pristine.replace('agentType="responsible_person"', 'agentType="other"');
  await writeFile(e.ermsFile, broken);
  try {
    const r = sipCreate(e, join(e.dir, 'rules.zip'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^ARC_ERR_ERMS_RULES_FAILED: /);
    assert.match(r.stderr, /line \d+: agent: .*otherAgentType.*SAMARKIV-ERMS-3/);
  } finally {
    await writeFile(e.ermsFile, pristine);
  }
});

test('a description without the archival creator gets a coded error naming the field', async () => {
  const yaml = await readFile(e.descriptionFile, 'utf8');
  const without = yaml.replace(/^archivalCreator:\n( {2}.*\n)+/m, '');
  assert.ok(!without.includes('archivalCreator'));
  const file = join(e.dir, 'utan-arkivbildare.yaml');
  await writeFile(file, without);
  const r = sipCreate({ ...e, descriptionFile: file }, join(e.dir, 'desc.zip'));
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^ARC_ERR_SIP_DESCRIPTION_INVALID: .*archivalCreator/);
  assert.deepEqual(await outputLeftovers(e.dir), []);
});

test('an unknown --erms-version is a coded error', () => {
  const r = sipCreate(e, join(e.dir, 'v.zip'), ['--erms-version', '4.0']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^ARC_ERR_ERMS_VERSION_UNKNOWN: Unknown CITS ERMS version 4\.0/);
});

test('a failure while writing leaves nothing under the output name', async () => {
  const description = parseDescription(await readFile(e.descriptionFile, 'utf8'), e.descriptionFile);
  const out = join(e.dir, 'halv.zip');
  const now = new Date(Date.UTC(2026, 0, 1));
  const software = { name: 'samarkiv', version: 'test' };
  await assert.rejects(
    createErmsSip(
      { erms: e.ermsFile, documents: e.documentsFolder, description, descriptionDir: e.dir, out },
      {
        // The last document vanishes between listing and writing: the write fails half-way.
        listFolder: async (folder) => {
          const listed = await listFolder(folder);
          return listed.map((f, i) =>
            i === listed.length - 1 ? { ...f, absolutePath: `${f.absolutePath}.borta` } : f,
          );
        },
        readErms: readErmsExport,
        ermsSchema: shippedErmsSchema,
        writePackage: (spec, target) => writePackage(spec, target, { clock: () => now, software }),
        software,
        now: () => now,
      },
    ),
    (err: unknown) => isArchiveError(err) && err.code === 'ARC_ERR_WRITE_FAILED',
  );
  assert.deepEqual(await outputLeftovers(e.dir), []);
});
