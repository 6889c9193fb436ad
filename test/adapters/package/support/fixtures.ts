import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { TestContext } from 'node:test';
import yazl from 'yazl';
import { isArchiveError, type ErrorCode } from '../../../../src/core/errors.ts';
import type { PackageSource } from '../../../../src/ports/package-source.ts';

/** A fresh temp folder, removed when the test ends. */
export async function tempDir(t: TestContext, prefix = 'samarkiv-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `bytes` to `name` inside a fresh temp folder and returns the file's path. */
export async function tempFile(t: TestContext, name: string, bytes: Uint8Array): Promise<string> {
  const file = join(await tempDir(t), name);
  await writeFile(file, bytes);
  return file;
}

export async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isArchiveError(error), `expected an ArchiveError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

/** The whole content of one entry, for tests only (the readers themselves never buffer a file). */
export async function readAll(source: PackageSource, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.read(path)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Proves that nothing was left behind in `dir`. */
export async function assertEmptyDir(dir: string): Promise<void> {
  assert.deepEqual(await readdir(dir), []);
}

export function listing(source: PackageSource): string[] {
  return [...source.entries.values()]
    .map((e) => `${e.type === 'directory' ? 'd' : 'f'} ${e.path} ${e.size}`)
    .sort();
}

/** Builds a ZIP with yazl into `file`. */
export function writeYazl(
  file: string,
  fill: (zip: yazl.ZipFile) => void,
  end: Partial<yazl.EndOptions> = {},
): Promise<void> {
  const zip = new yazl.ZipFile();
  fill(zip);
  zip.end(end as yazl.EndOptions);
  return pipeline(zip.outputStream, createWriteStream(file));
}
