import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isArchiveError, type ErrorCode } from '../../../src/core/errors.ts';
import { DEFAULT_LIMITS } from '../../../src/ports/package-source.ts';
import { EntryListing } from '../../../src/adapters/package/entry-listing.ts';
import { printable, splitEntryName } from '../../../src/adapters/package/entry-name.ts';
import { resolveLimits } from '../../../src/adapters/package/limits.ts';

function refusal(action: () => unknown): ErrorCode | undefined {
  try {
    action();
  } catch (error) {
    assert.ok(isArchiveError(error));
    return error.code;
  }
  return undefined;
}

test('splitEntryName drops empty and dot segments', () => {
  assert.deepEqual(splitEntryName('./root//a/./b/', DEFAULT_LIMITS), ['root', 'a', 'b']);
  assert.deepEqual(splitEntryName('./', DEFAULT_LIMITS), []);
  assert.deepEqual(splitEntryName('urn:uuid:1/METS.xml', DEFAULT_LIMITS), ['urn:uuid:1', 'METS.xml']);
});

test('splitEntryName refuses hostile names with the matching code', () => {
  const cases: [string, ErrorCode][] = [
    ['../evil', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['root/a/../../../evil', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['root/.. /evil', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['root/\uff0e\uff0e/evil', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['/etc/passwd', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['C:/Windows/evil', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['c:evil', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['root\\..\\evil', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['root/a\u0000b', 'ARC_ERR_PKG_BAD_NAME'],
    ['root/a\nb', 'ARC_ERR_PKG_BAD_NAME'],
    ['root/a\u0085b', 'ARC_ERR_PKG_BAD_NAME'],
    ['root/a\ufffdb', 'ARC_ERR_PKG_BAD_NAME'],
    ['root/cod\u202etxt.exe', 'ARC_ERR_PKG_BAD_NAME'],
  ];
  for (const [name, code] of cases)
    assert.equal(
      refusal(() => splitEntryName(name, DEFAULT_LIMITS)),
      code,
      name,
    );
});

test('splitEntryName enforces maxPathLength and maxDepth', () => {
  const limits = resolveLimits({ maxPathLength: 10, maxDepth: 3 });
  assert.equal(
    refusal(() => splitEntryName('a'.repeat(11), limits)),
    'ARC_ERR_PKG_PATH_TOO_LONG',
  );
  assert.equal(
    refusal(() => splitEntryName('a/b/c/d', limits)),
    'ARC_ERR_PKG_PATH_TOO_LONG',
  );
  assert.deepEqual(splitEntryName('a/b/c', limits), ['a', 'b', 'c']);
});

test('printable escapes control characters', () => {
  assert.equal(printable('a\u0000b\u202e'), 'a\\u{0}b\\u{202e}');
});

test('resolveLimits keeps defaults for undefined and refuses non-positive limits', () => {
  assert.deepEqual(resolveLimits({ maxEntries: undefined }), DEFAULT_LIMITS);
  assert.equal(resolveLimits({ maxEntries: 5 }).maxEntries, 5);
  assert.equal(
    refusal(() => resolveLimits({ maxEntries: -1 })),
    'ARC_ERR_USAGE',
  );
  assert.equal(
    refusal(() => resolveLimits({ maxEntries: Number.NaN })),
    'ARC_ERR_USAGE',
  );
});

test('EntryListing picks the single top-level folder as root and lists implied folders', () => {
  const listing = new EntryListing(DEFAULT_LIMITS);
  listing.add('root/a/b.txt', 'file', 3);
  listing.add('root/a/', 'directory', 0);
  listing.add('root/c.txt', 'file', 1);
  const { rootName, topLevelNames, entries } = listing.finish();
  assert.equal(rootName, 'root');
  assert.deepEqual(topLevelNames, ['root']);
  assert.deepEqual(
    [...entries.values()].map((e) => `${e.type} ${e.path} ${e.size}`),
    ['directory a 0', 'file a/b.txt 3', 'file c.txt 1'],
  );
});

test('EntryListing has no root when the top level is not exactly one folder', () => {
  const two = new EntryListing(DEFAULT_LIMITS);
  two.add('a/x', 'file', 1);
  two.add('b/y', 'file', 1);
  assert.equal(two.finish().rootName, null);
  assert.deepEqual(two.finish().topLevelNames, ['a', 'b']);
  const file = new EntryListing(DEFAULT_LIMITS);
  file.add('METS.xml', 'file', 1);
  assert.equal(file.finish().rootName, null);
  assert.ok(file.finish().entries.has('METS.xml'));
  assert.equal(new EntryListing(DEFAULT_LIMITS).finish().rootName, null);
});

test('EntryListing refuses duplicates, case and normalisation twins, and file/folder clashes', () => {
  const attempt = (...names: [string, 'file' | 'directory'][]): ErrorCode | undefined =>
    refusal(() => {
      const listing = new EntryListing(DEFAULT_LIMITS);
      for (const [name, type] of names) listing.add(name, type, 0);
    });
  assert.equal(attempt(['r/a', 'file'], ['r/a', 'file']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/a/', 'directory'], ['r/a/', 'directory']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/a', 'file'], ['r/./a', 'file']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/\u00e5', 'file'], ['r/a\u030a', 'file']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/a', 'file'], ['r/a/b', 'file']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/a/b', 'file'], ['r/a', 'file']), 'ARC_ERR_PKG_DUPLICATE_ENTRY');
  assert.equal(attempt(['r/README', 'file'], ['r/readme', 'file']), 'ARC_ERR_PKG_CASE_DUPLICATE');
  assert.equal(attempt(['r/Data/x', 'file'], ['r/data/y', 'file']), 'ARC_ERR_PKG_CASE_DUPLICATE');
  assert.equal(attempt(['r/\u00c5', 'file'], ['r/a\u030a', 'file']), 'ARC_ERR_PKG_CASE_DUPLICATE');
  assert.equal(attempt(['r/a/', 'directory'], ['r/a/b', 'file']), undefined);
  assert.equal(attempt(['r/a/b', 'file'], ['r/a/', 'directory']), undefined);
  assert.equal(attempt(['./', 'directory'], ['.', 'file']), 'ARC_ERR_PKG_BAD_NAME');
});

test('EntryListing enforces maxEntries and maxTotalBytes', () => {
  const few = new EntryListing(resolveLimits({ maxEntries: 2 }));
  few.add('r/a', 'file', 1);
  assert.equal(
    refusal(() => few.add('r/b', 'file', 1)),
    'ARC_ERR_PKG_TOO_MANY_ENTRIES',
  );
  const small = new EntryListing(resolveLimits({ maxTotalBytes: 10 }));
  small.add('r/a', 'file', 6);
  assert.equal(
    refusal(() => small.add('r/b', 'file', 6)),
    'ARC_ERR_PKG_TOO_LARGE',
  );
});
