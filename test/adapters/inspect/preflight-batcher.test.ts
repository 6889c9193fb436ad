/**
 * PDFBox preflight over many PDFs in one JVM (src/adapters/inspect/preflight-batcher.ts), against
 * the real validator: every file gets its own verdict, files asked for together share one JVM, a
 * group that fails as a whole is checked again file by file, and a report that does not match
 * its list is not trusted.
 */
import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import {
  findPreflight,
  type PreflightResult,
  type PreflightSetup,
} from '../../../src/adapters/inspect/pdfbox-preflight.ts';
import { PreflightBatcher, splitGroupReport } from '../../../src/adapters/inspect/preflight-batcher.ts';
import { tempDir, tempFile } from '../package/support/fixtures.ts';
import { makePdf } from './support/make-pdf.ts';
import { INSPECT_PACKAGES } from './support/samples.ts';

let setup: PreflightSetup;

before(async () => {
  const lookup = await findPreflight();
  assert.ok(lookup.available, `PDFBox preflight must be installed (apt-get install ${INSPECT_PACKAGES})`);
  setup = lookup.setup;
});

/** A `java` that logs each start's arguments, and refuses group runs when asked to. */
async function loggingJava(
  dir: string,
  refuseGroups: boolean,
): Promise<{ java: string; runs(): Promise<string[]> }> {
  const log = join(dir, 'runs.log');
  const java = join(dir, 'java');
  await writeFile(log, '');
  await writeFile(
    java,
    [
      '#!/bin/sh',
      `echo "$*" >> '${log}'`,
      refuseGroups ? `case " $* " in *" group "*) echo "no groups today" >&2; exit 3;; esac` : '',
      'exec java "$@"',
      '',
    ].join('\n'),
  );
  await chmod(java, 0o755);
  return { java, runs: async () => (await readFile(log, 'utf8')).split('\n').filter(Boolean) };
}

async function mixedFiles(
  t: Parameters<typeof tempFile>[0],
): Promise<{ files: string[]; expected: (boolean | null)[] }> {
  const files = [
    await tempFile(t, 'a.pdf', makePdf({ pdfa: { part: 1, conformance: 'B' }, pageText: 'a' })),
    await tempFile(t, 'b.pdf', makePdf({ pdfa: { part: 1, conformance: 'B' }, omitId: true })),
    await tempFile(t, 'c.pdf', makePdf({ pdfa: { part: 1, conformance: 'B' }, pageText: 'c' })),
    await tempFile(t, 'd.pdf', Buffer.from('not a PDF at all\n')),
    await tempFile(t, 'e.pdf', makePdf({ pdfa: { part: 1, conformance: 'B' }, pageText: 'e' })),
  ];
  return { files, expected: [true, false, true, false, true] };
}

/** Checks the mixed files all at once through a logging `java`; every verdict must be the file's own. */
async function checkAllAtOnce(
  t: Parameters<typeof tempFile>[0],
  refuseGroups: boolean,
): Promise<{ results: PreflightResult[]; started: string[]; files: string[] }> {
  const { java, runs } = await loggingJava(await tempDir(t), refuseGroups);
  const batcher = new PreflightBatcher({ ...setup, java }, 120_000);
  const { files, expected } = await mixedFiles(t);
  const results = await Promise.all(files.map((f) => batcher.check(f)));
  assert.deepEqual(
    results.map((r) => r.valid),
    expected,
  );
  return { results, started: await runs(), files };
}

test('preflight batch: files asked for together go in one JVM, each with its own verdict', async (t) => {
  const { results, started } = await checkAllAtOnce(t, false);
  assert.ok(
    results[1]!.messages.some((m) => /^PDF\/A-1b 1\.4\.1: .*ID/.test(m)),
    results[1]!.messages.join('; '),
  );
  assert.ok(
    results[3]!.messages.some((m) => /^PDF\/A-1b 1\.[01]/.test(m)),
    results[3]!.messages.join('; '),
  );
  assert.equal(started.length, 1, started.join('\n'));
  assert.match(started[0]!, / xml group /);
});

test('preflight batch: a group that fails as a whole is checked file by file', async (t) => {
  const { started, files } = await checkAllAtOnce(t, true);
  assert.equal(started.filter((r) => / group /.test(r)).length, 1);
  assert.equal(started.filter((r) => !/ group /.test(r)).length, files.length);
});

test('preflight batch: files asked for while a JVM runs wait for the next one', async (t) => {
  const { java, runs } = await loggingJava(await tempDir(t), false);
  const batcher = new PreflightBatcher({ ...setup, java }, 120_000);
  const { files, expected } = await mixedFiles(t);
  const first = batcher.check(files[0]!);
  await new Promise((r) => setTimeout(r, 100)); // the first JVM has started
  const rest = files.slice(1).map((f) => batcher.check(f));
  const results = await Promise.all([first, ...rest]);
  assert.deepEqual(
    results.map((r) => r.valid),
    expected,
  );
  const started = await runs();
  assert.equal(started.length, 2, started.join('\n'));
  assert.match(started[1]!, / xml group /);
});

test('group report: one <preflight> per listed file, in order, or not used', () => {
  const one = (name: string, valid: boolean) =>
    `<preflight name="${name}"><executionTimeMS>3</executionTimeMS><isValid type="PDF/A1-b">${valid}</isValid></preflight>`;
  const report = (...parts: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><preflights count="${parts.length}">${parts.join('')}</preflights>`;
  assert.deepEqual(
    splitGroupReport(report(one('a.pdf', true), one('b.pdf', false)), ['/x/a.pdf', '/y/b.pdf']),
    [
      { valid: true, messages: [] },
      { valid: false, messages: [] },
    ],
  );
  assert.equal(
    splitGroupReport(report(one('b.pdf', true), one('a.pdf', true)), ['/x/a.pdf', '/y/b.pdf']),
    null,
  );
  assert.equal(splitGroupReport(report(one('a.pdf', true)), ['/x/a.pdf', '/y/b.pdf']), null);
  assert.equal(splitGroupReport('Exception in thread "main"', ['/x/a.pdf']), null);
});
