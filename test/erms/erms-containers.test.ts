/**
 * The ERMS analyzer reads only through the PackageSource, so a CITS ERMS package checks the same
 * as a folder on disk, a ZIP and a TAR (the real readers, not the in-memory test source).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { test, type TestContext } from 'node:test';
import yazl from 'yazl';
import { ermsAnalyzer } from '../../src/adapters/erms/erms-analyzer.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { ERMS_RULES } from '../../src/core/validation/rules/erms/index.ts';
import type { PackageSource } from '../../src/ports/package-source.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';
import { memorySource } from '../support/memory-source.ts';
import { outcomeOf } from '../support/check-rule.ts';
import { buildErmsPackage } from './erms-package.ts';

/** Writes the package as a folder, a ZIP and a TAR into a fresh temp folder. */
async function writeContainers(t: TestContext): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-erms-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const { rootName, files } = buildErmsPackage({ documents: (d) => d.delete('fullmakt.pdf') });
  const zip = new yazl.ZipFile();
  for (const [path, bytes] of files) {
    const target = join(dir, rootName, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
    zip.addBuffer(Buffer.from(bytes), `${rootName}/${path}`);
  }
  zip.end();
  const zipFile = join(dir, 'erms-sip.zip');
  await pipeline(zip.outputStream, createWriteStream(zipFile));
  const tarFile = join(dir, 'erms-sip.tar');
  execFileSync('tar', ['-cf', tarFile, '-C', dir, rootName]);
  return [join(dir, rootName), zipFile, tarFile];
}

async function outcomesOf(input: string): Promise<Record<string, string>> {
  const source = await openPackageSource(input);
  try {
    const ctx = await gatherContext(source, { analyzers: [ermsAnalyzer] });
    return Object.fromEntries(ERMS_RULES.map((r) => [r.id, outcomeOf(r.check(ctx))]));
  } finally {
    await source.close();
  }
}

test('a folder, a ZIP and a TAR of the same ERMS package give the same outcomes', async (t) => {
  const inputs = await writeContainers(t);
  // fullmakt.pdf was left out, so exactly the missing-document requirement fails, in every container.
  const expected = {
    'SAMARKIV-ERMS-1': 'passed',
    'SAMARKIV-ERMS-2': 'passed',
    'SAMARKIV-ERMS-3': 'passed',
    'SAMARKIV-ERMS-4': 'failed',
    'SAMARKIV-ERMS-5': 'passed',
    'SAMARKIV-ERMS-6': 'passed',
  };
  for (const input of inputs) assert.deepEqual(await outcomesOf(input), expected, input);
});

test('a source that reuses one buffer for its chunks gives the same outcomes (the ERMS file is copied, not viewed)', async () => {
  // The PackageSource contract allows reused chunk buffers (the ZIP and file readers pool theirs).
  // Buffer#slice is a view, so keeping `chunk.slice()` kept bytes that the next read overwrote.
  const { rootName, files } = buildErmsPackage();
  const inner = memorySource(rootName, files);
  const reused = Buffer.alloc(64);
  const source: PackageSource = {
    ...inner,
    async *read(path: string) {
      for await (const bytes of inner.read(path)) {
        for (let at = 0; at < bytes.length; at += reused.length) {
          const n = Buffer.from(bytes.subarray(at, at + reused.length)).copy(reused);
          yield reused.subarray(0, n);
        }
      }
    },
  };
  const ctx = await gatherContext(source, { analyzers: [ermsAnalyzer] });
  const outcomes = Object.fromEntries(ERMS_RULES.map((r) => [r.id, outcomeOf(r.check(ctx))]));
  assert.equal(outcomes['SAMARKIV-ERMS-2'], 'passed', JSON.stringify(ERMS_RULES[1]?.check(ctx)));
  assert.equal(outcomes['SAMARKIV-ERMS-3'], 'passed');
});
