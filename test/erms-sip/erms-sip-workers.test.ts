/**
 * The stored ZIP of `sip create --erms` with its documents copied by worker threads (each read
 * once, hashed and written at its reserved place; docs/adr/0014) and the ERMS schema check running
 * beside the build. The threshold is lowered so a small export takes the worker path; the package
 * must validate with zero errors and zero warnings, and a document that vanishes or grows after
 * the listing must leave nothing under the output name. A file whose version the schema check
 * decides (valid only as 3.0) is built again with that version's content type.
 */
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { shippedErmsSchema, startErmsExport } from '../../src/adapters/erms/read-erms-export.ts';
import { listFolder } from '../../src/adapters/package-writer/list-folder.ts';
import { writePackage, type WrittenPackage } from '../../src/adapters/package-writer/index.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { parseDescription, type Description } from '../../src/core/package/description.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { createErmsSip, type CreateErmsSipDeps } from '../../src/services/create-erms-sip.ts';
import { testClamd, type TestClamd } from '../adapters/scan/support/clamd.ts';
import { readPackage } from '../writer/support/package-fixtures.ts';
import { samarkiv, smallExport } from './support.ts';

const now = new Date(Date.UTC(2026, 0, 1));
const software = { name: 'samarkiv', version: 'test' };
let clamd: TestClamd;
let e: Awaited<ReturnType<typeof smallExport>>;
let description: Description;

before(async () => {
  clamd = await testClamd();
  e = await smallExport(2);
  const parsed = parseDescription(await readFile(e.descriptionFile, 'utf8'), e.descriptionFile);
  description = { ...parsed, descriptiveMetadata: 'ead3' };
});
after(async () => {
  await clamd?.stop();
  await rm(e.dir, { recursive: true, force: true });
});

function deps(listing = listFolder): CreateErmsSipDeps<WrittenPackage> {
  return {
    listFolder: listing,
    readErms: startErmsExport,
    ermsSchema: shippedErmsSchema,
    writePackage: (spec, target, gate, signal) =>
      writePackage(spec, target, {
        clock: () => now,
        software,
        compress: false,
        workersFrom: 1,
        ...(gate ? { beforePublish: () => gate.beforePublish() } : {}),
        ...(signal ? { signal } : {}),
      }),
    software,
    now: () => now,
  };
}

const request = (out: string) => ({
  erms: e.ermsFile,
  documents: e.documentsFolder,
  description,
  descriptionDir: e.dir,
  out,
});

async function leftovers(): Promise<string[]> {
  return (await readdir(e.dir)).filter((n) => n.startsWith('.') || n.endsWith('.zip'));
}

test('documents copied by worker threads give a package with EAD3 that validates with no errors and no warnings', async () => {
  const out = join(e.dir, 'leverans.zip');
  const written = await createErmsSip(request(out), deps());
  assert.equal(written.contentFiles, e.documents);

  const r = samarkiv(['validate', out, '--format', 'json', '--lang', 'en', '--clamd', clamd.socketPath]);
  const report = JSON.parse(r.stdout) as ValidationReport;
  assert.deepEqual(
    report.results.filter((x) => x.status === 'failed').map((f) => `${f.requirement}: ${f.message}`),
    [],
  );
  assert.equal(report.summary.errors, 0);
  assert.equal(report.summary.warnings, 0);
  assert.equal(report.results.find((x) => x.requirement === 'SAMARKIV-XSD-2')?.status, 'passed');
  await rm(out);
});

test('a document that vanishes after the listing fails the worker copy and leaves nothing behind', async () => {
  const listing = async (folder: string) =>
    (await listFolder(folder)).map((f, i) =>
      i === 1 ? { ...f, absolutePath: `${f.absolutePath}.borta` } : f,
    );
  await assert.rejects(
    createErmsSip(request(join(e.dir, 'borta.zip')), deps(listing)),
    (err: unknown) =>
      isArchiveError(err) && err.code === 'ARC_ERR_INPUT_READ' && err.message.includes('.borta'),
  );
  assert.deepEqual(await leftovers(), []);
});

test('a document that grows after the listing is refused rather than overwrite the next entry', async () => {
  const listed = await listFolder(e.documentsFolder);
  const victim = listed[0]!.absolutePath;
  const bytes = await readFile(victim);
  const listing = async (folder: string) => {
    const files = await listFolder(folder);
    await appendFile(victim, 'mer');
    return files;
  };
  try {
    await assert.rejects(
      createErmsSip(request(join(e.dir, 'vaxer.zip')), deps(listing)),
      (err: unknown) => isArchiveError(err) && /grew beyond its declared size/.test(err.message),
    );
    assert.deepEqual(await leftovers(), []);
  } finally {
    await writeFile(victim, bytes);
  }
});

test('an export problem found while the package is being built stops the build and leaves nothing', async () => {
  const extra = join(e.documentsFolder, 'ej-refererad.pdf');
  const listed = await listFolder(e.documentsFolder);
  await writeFile(extra, await readFile(listed[0]!.absolutePath));
  // The ERMS file is read only once the build has started, so the check finds the problem mid-build.
  let building!: () => void;
  const started = new Promise<void>((resolve) => (building = resolve));
  let buildOutcome: unknown;
  const d = deps();
  const watched: CreateErmsSipDeps<WrittenPackage> = {
    ...d,
    readErms: async (path, version) => {
      await started;
      return d.readErms(path, version);
    },
    writePackage: (spec, target, gate, signal) => {
      building();
      const build = d.writePackage(spec, target, gate, signal);
      build.catch((err: unknown) => (buildOutcome = err));
      return build;
    },
  };
  try {
    await assert.rejects(
      createErmsSip(request(join(e.dir, 'extra.zip')), watched),
      (err: unknown) =>
        isArchiveError(err) &&
        err.code === 'ARC_ERR_ERMS_DOCUMENTS_MISMATCH' &&
        err.message.includes('ej-refererad.pdf'),
    );
    // The build itself ended with the check's error: stopped, not published.
    assert.ok(isArchiveError(buildOutcome) && buildOutcome.code === 'ARC_ERR_ERMS_DOCUMENTS_MISMATCH');
    assert.deepEqual(await leftovers(), []);
  } finally {
    await rm(extra);
  }
});

test('a file of no given version that is valid only as 3.0 is built again as citserms_v3_0', async () => {
  const v3 = await smallExport(1, '3.0');
  try {
    const parsed = parseDescription(await readFile(v3.descriptionFile, 'utf8'), v3.descriptionFile);
    const out = join(v3.dir, 'v3.zip');
    await createErmsSip(
      {
        erms: v3.ermsFile,
        documents: v3.documentsFolder,
        description: { ...parsed, contentInformationType: 'OTHER' },
        descriptionDir: v3.dir,
        out,
      },
      deps(),
    );
    const pkg = await readPackage(out);
    const mets = (pkg.files.get('METS.xml') as Buffer).toString('utf8');
    assert.match(mets, /csip:CONTENTINFORMATIONTYPE="citserms_v3_0"/);
    assert.ok(pkg.files.has('representations/rep1/schemas/ERMS_v3.xsd'));
    assert.deepEqual(
      (await readdir(v3.dir)).filter((n) => n.startsWith('.')),
      [],
    );
  } finally {
    await rm(v3.dir, { recursive: true, force: true });
  }
});
