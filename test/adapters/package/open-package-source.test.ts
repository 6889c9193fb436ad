import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { assertEmptyDir, expectCode, readAll, tempDir, tempFile } from './support/fixtures.ts';
import { buildTar } from './support/raw-tar.ts';
import { buildZip } from './support/raw-zip.ts';

const SAMPLES = new URL('../../../../shared/samples', import.meta.url).pathname;

test('open: a missing input is ARC_ERR_INPUT_NOT_FOUND', async (t) => {
  await expectCode(openPackageSource(join(await tempDir(t), 'nope.zip')), 'ARC_ERR_INPUT_NOT_FOUND');
});

test('open: a file that is neither ZIP nor TAR is ARC_ERR_INPUT_UNSUPPORTED', async (t) => {
  await expectCode(
    openPackageSource(await tempFile(t, 'notes.zip', Buffer.from('just text'))),
    'ARC_ERR_INPUT_UNSUPPORTED',
  );
  await expectCode(
    openPackageSource(await tempFile(t, 'empty.tar', Buffer.alloc(0))),
    'ARC_ERR_INPUT_UNSUPPORTED',
  );
  await expectCode(
    openPackageSource(await tempFile(t, 'text.gz', gzipSync('not a tar'))),
    'ARC_ERR_INPUT_UNSUPPORTED',
  );
});

test('open: a FIFO as input is refused without blocking', async (t) => {
  const fifo = join(await tempDir(t), 'fifo');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    t.skip('mkfifo is not available');
    return;
  }
  await expectCode(openPackageSource(fifo), 'ARC_ERR_INPUT_UNSUPPORTED');
});

test('open: a corrupt gzip stream is ARC_ERR_ARCHIVE_CORRUPT', async (t) => {
  const bytes = gzipSync(buildTar([{ name: 'pkg/a', data: Buffer.from('a') }]));
  bytes.fill(0xff, 10, 30);
  await expectCode(openPackageSource(await tempFile(t, 'bad.tgz', bytes)), 'ARC_ERR_ARCHIVE_CORRUPT');
});

test('open: the container is chosen by magic bytes, not by file name', async (t) => {
  const zip = await openPackageSource(
    await tempFile(t, 'really-a-zip.tar', buildZip([{ name: 'pkg/a', data: Buffer.from('z') }])),
  );
  assert.equal(zip.kind, 'zip');
  await zip.close();
  const quarantineDir = await tempDir(t);
  const tar = await openPackageSource(
    await tempFile(t, 'really-a-tar.zip', buildTar([{ name: 'pkg/a', data: Buffer.from('t') }])),
    {
      quarantineDir,
    },
  );
  assert.equal(tar.kind, 'tar');
  assert.equal((await readAll(tar, 'a')).toString(), 't');
  await tar.close();
  await assertEmptyDir(quarantineDir);
});

test('open: an unusable quarantine folder is ARC_ERR_INPUT_READ', async (t) => {
  const path = await tempFile(t, 'p.tar', buildTar([{ name: 'pkg/a', data: Buffer.from('t') }]));
  await expectCode(
    openPackageSource(path, { quarantineDir: join(await tempDir(t), 'missing') }),
    'ARC_ERR_INPUT_READ',
  );
});

test('open: invalid limits are ARC_ERR_USAGE', async (t) => {
  await expectCode(openPackageSource(await tempDir(t), { limits: { maxEntries: 0 } }), 'ARC_ERR_USAGE');
});

function samples(folder: string, extension: string): string[] {
  try {
    return readdirSync(join(SAMPLES, folder))
      .filter((name) => name.endsWith(extension))
      .map((name) => join(SAMPLES, folder, name));
  } catch {
    return [];
  }
}

for (const path of [...samples('csip-examples', '.zip'), ...samples('aip-examples', '.tar')]) {
  test(`open: sample ${path.slice(SAMPLES.length + 1)} opens, lists and reads`, async (t) => {
    const quarantineDir = await tempDir(t);
    const source = await openPackageSource(path, { quarantineDir });
    try {
      assert.notEqual(source.rootName, null);
      assert.ok(source.entries.has('METS.xml'));
      for (const entry of source.entries.values()) {
        if (entry.type === 'file')
          assert.equal((await readAll(source, entry.path)).length, entry.size, entry.path);
      }
    } finally {
      await source.close();
    }
    await assertEmptyDir(quarantineDir);
  });
}
