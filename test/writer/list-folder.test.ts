import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listFolder, listFolderInWorker } from '../../src/adapters/package-writer/list-folder.ts';
import { isArchiveError } from '../../src/core/errors.ts';

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'samarkiv-list-folder-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

const listings = { 'on the main thread': listFolder, 'in a worker': listFolderInWorker };

test('the worker lists exactly what the main thread lists: order, sizes, times', async () => {
  const dir = join(work, 'export');
  await mkdir(join(dir, 'ärende-2/bilagor'), { recursive: true });
  await mkdir(join(dir, 'tom'));
  await writeFile(join(dir, 'ärende-2/beslut.pdf'), 'beslut');
  await writeFile(join(dir, 'ärende-2/bilagor/karta.tif'), 'karta!');
  await writeFile(join(dir, 'Z.txt'), '');
  await writeFile(join(dir, 'a.txt'), 'a');
  const main = await listFolder(dir);
  assert.deepEqual(
    main.map((f) => [f.path, f.size]),
    [
      ['Z.txt', 0],
      ['a.txt', 1],
      ['ärende-2/beslut.pdf', 6],
      ['ärende-2/bilagor/karta.tif', 6],
    ],
  );
  assert.deepEqual(await listFolderInWorker(dir), main);
});

for (const [where, list] of Object.entries(listings)) {
  describe(`refusals ${where}`, () => {
    const refused = async (dir: string, code: string, detail: string): Promise<void> => {
      await assert.rejects(
        list(dir),
        (e) => isArchiveError(e) && e.code === code && e.message.includes(detail),
      );
    };

    test('a symbolic link', async () => {
      const dir = join(work, `link-${where}`);
      await mkdir(join(dir, 'sub'), { recursive: true });
      await writeFile(join(dir, 'sub/a.txt'), 'a');
      await symlink(join(dir, 'sub/a.txt'), join(dir, 'sub/länk.txt'));
      await refused(dir, 'ARC_ERR_PKG_LINK', 'sub/länk.txt');
    });

    test('a FIFO', async () => {
      const dir = join(work, `fifo-${where}`);
      await mkdir(dir);
      execFileSync('mkfifo', [join(dir, 'rör')]);
      await refused(dir, 'ARC_ERR_PKG_SPECIAL_FILE', 'rör');
    });

    test('a name that is not valid UTF-8', async () => {
      const dir = join(work, `bad-name-${where}`);
      await mkdir(dir);
      await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x66, 0xff])]), 'x');
      await refused(dir, 'ARC_ERR_PKG_BAD_NAME', './f');
    });

    test('a missing folder', async () => {
      await refused(join(work, `nowhere-${where}`), 'ARC_ERR_INPUT_NOT_FOUND', 'nowhere');
    });
  });
}
