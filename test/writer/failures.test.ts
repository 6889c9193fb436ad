/**
 * Atomic writes: a failure anywhere leaves nothing behind (no partial package, no temporary file),
 * an existing target is never touched, and spec errors are refused before the disk is touched.
 * Also: empty standard folders survive in every container.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import type { ContentFile, PackageSpec } from '../../src/core/package/writer/package-spec.ts';
import { KINDS, buffer, readPackage, specFor, tempDir } from './support/package-fixtures.ts';

let work = '';
before(async () => {
  work = await tempDir();
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

function minimalSpec(data: ContentFile[], extra: Partial<PackageSpec> = {}): PackageSpec {
  return {
    profile: 'sip-2.2',
    contentCategory: 'Datasets',
    agents: { submitter: { name: 'Lunds kommun', identificationCode: 'ORG:2120001124' } },
    representations: [{ name: 'rep1', data }],
    ...extra,
  };
}

function code(expected: string): (e: unknown) => boolean {
  return (e) => {
    assert.ok(isArchiveError(e), String(e));
    assert.equal(e.code, expected, e.message);
    return true;
  };
}

const targetFor = (dir: string, kind: (typeof KINDS)[number]): string =>
  kind === 'folder' ? dir : join(dir, `p.${kind}`);

for (const kind of KINDS) {
  describe(`${kind} target`, () => {
    test('a source that cannot be read removes all partial output', async () => {
      const dir = join(work, `missing-${kind}`);
      await mkdir(dir);
      const data: ContentFile[] = [
        { path: 'a.txt', source: buffer('first file is fine\n') },
        { path: 'b.txt', source: { kind: 'file', path: join(work, 'does-not-exist.txt') } },
      ];
      await assert.rejects(
        writePackage(minimalSpec(data), { kind, path: targetFor(dir, kind) }),
        code('ARC_ERR_WRITE_FAILED'),
      );
      assert.deepEqual(await readdir(dir), []);
    });

    test('a stream shorter than declared fails and leaves nothing', async () => {
      const dir = join(work, `short-${kind}`);
      await mkdir(dir);
      const data: ContentFile[] = [
        {
          path: 'short.bin',
          source: {
            kind: 'stream',
            size: 10,
            open: async function* () {
              yield new Uint8Array(4);
            },
          },
        },
      ];
      await assert.rejects(
        writePackage(minimalSpec(data), { kind, path: targetFor(dir, kind) }),
        code('ARC_ERR_WRITE_FAILED'),
      );
      assert.deepEqual(await readdir(dir), []);
    });

    test('a stream that throws midway fails and leaves nothing', async () => {
      const dir = join(work, `throws-${kind}`);
      await mkdir(dir);
      const data: ContentFile[] = [
        {
          path: 'broken.bin',
          source: {
            kind: 'stream',
            size: 1 << 20,
            open: async function* () {
              yield new Uint8Array(1 << 16);
              throw new Error('disk went away');
            },
          },
        },
      ];
      await assert.rejects(writePackage(minimalSpec(data), { kind, path: targetFor(dir, kind) }), (e) => {
        assert.ok(
          isArchiveError(e) && e.code === 'ARC_ERR_WRITE_FAILED' && e.message.includes('disk went away'),
          String(e),
        );
        return true;
      });
      assert.deepEqual(await readdir(dir), []);
    });

    test('an existing target is refused and left untouched', async () => {
      const dir = join(work, `exists-${kind}`);
      await mkdir(dir);
      const objid = 'urn:uuid:11111111-2222-4333-8444-555555555555';
      const existing = kind === 'folder' ? join(dir, objid) : targetFor(dir, kind);
      if (kind === 'folder') {
        await mkdir(existing);
        await writeFile(join(existing, 'keep.txt'), 'keep');
      } else await writeFile(existing, 'keep');
      await assert.rejects(
        writePackage(minimalSpec([{ path: 'a.txt', source: buffer('a') }], { objid }), {
          kind,
          path: targetFor(dir, kind),
        }),
        code('ARC_ERR_WRITE_TARGET_EXISTS'),
      );
      assert.equal(await readFile(kind === 'folder' ? join(existing, 'keep.txt') : existing, 'utf8'), 'keep');
      assert.deepEqual((await readdir(dir)).length, 1);
    });

    test('empty standard folders survive', async () => {
      const dir = join(work, `empty-${kind}`);
      const written = await writePackage(minimalSpec([{ path: 'a.txt', source: buffer('a') }]), {
        kind,
        path: targetFor(dir, kind),
      });
      const pkg = await readPackage(written.path);
      for (const d of ['documentation', 'metadata/descriptive', 'representations/rep1/data']) {
        assert.ok(pkg.dirs.has(d), `${d} is present`);
      }
      assert.equal([...pkg.files.keys()].filter((p) => p.startsWith('documentation/')).length, 0);
    });
  });
}

test('folders created for a folder target are removed again on failure', async () => {
  const dir = join(work, 'new-parent', 'deeper');
  const data: ContentFile[] = [
    { path: 'b.txt', source: { kind: 'file', path: join(work, 'does-not-exist.txt') } },
  ];
  await assert.rejects(
    writePackage(minimalSpec(data), { kind: 'folder', path: dir }),
    code('ARC_ERR_WRITE_FAILED'),
  );
  await assert.rejects(readdir(join(work, 'new-parent')), /ENOENT/);
});

describe('spec errors are refused before anything is written', () => {
  const cases: [string, PackageSpec, string][] = [
    ['unknown content category', { ...minimalSpec([]), contentCategory: 'Bygglov' }, 'ARC_ERR_USAGE'],
    [
      'unknown content information type',
      { ...minimalSpec([]), contentInformationType: 'FGS' },
      'ARC_ERR_USAGE',
    ],
    ['SIP without submitting agent', { ...minimalSpec([]), agents: {} }, 'ARC_ERR_USAGE'],
    [
      'submission/ outside an AIP',
      { ...minimalSpec([]), submission: [{ path: 'METS.xml', source: buffer('') }] },
      'ARC_ERR_USAGE',
    ],
    ['package type against the profile', { ...minimalSpec([]), oaisPackageType: 'AIP' }, 'ARC_ERR_USAGE'],
    [
      'names that differ only in case',
      minimalSpec([
        { path: 'Beslut.pdf', source: buffer('a') },
        { path: 'beslut.pdf', source: buffer('b') },
      ]),
      'ARC_ERR_PKG_CASE_DUPLICATE',
    ],
    [
      'a duplicate path',
      minimalSpec([
        { path: 'x.pdf', source: buffer('a') },
        { path: 'x.pdf', source: buffer('b') },
      ]),
      'ARC_ERR_PKG_DUPLICATE_ENTRY',
    ],
    [
      'a path escaping its folder',
      minimalSpec([{ path: '../x.pdf', source: buffer('a') }]),
      'ARC_ERR_PKG_PATH_TRAVERSAL',
    ],
    [
      'a bad representation name',
      { ...minimalSpec([]), representations: [{ name: 'rep 1', data: [] }] },
      'ARC_ERR_USAGE',
    ],
    [
      'an unknown profile',
      { ...minimalSpec([]), profile: 'sip-3.0' as PackageSpec['profile'] },
      'ARC_ERR_PROFILE_UNKNOWN',
    ],
    [
      'a user file clashing with a generated one',
      { ...specFor('sip-2.2', []), schemas: [{ path: 'mets.xsd', source: buffer('') }] },
      'ARC_ERR_PKG_DUPLICATE_ENTRY',
    ],
  ];
  for (const [name, spec, expected] of cases) {
    test(name, async () => {
      const dir = join(work, `spec-${name.replace(/\W+/g, '-')}`);
      await assert.rejects(writePackage(spec, { kind: 'folder', path: dir }), code(expected));
      await assert.rejects(readdir(dir), /ENOENT/, 'the output folder was not even created');
    });
  }
});
