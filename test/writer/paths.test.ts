/** href percent-encoding, the OBJID → folder name mapping and the path checks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isArchiveError } from '../../src/core/errors.ts';
import { resolveHref } from '../../src/core/validation/package-context.ts';
import { checkRelativePath, encodeHref, folderNameForObjid } from '../../src/core/package/writer/paths.ts';

// Path segments from arbitrary Unicode (astral planes included), without `/` and lone surrogates,
// which no file name on disk can hold.
const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/'));
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

test('encodeHref round-trips through decodeURIComponent for arbitrary Unicode names', () => {
  fc.assert(
    fc.property(path, (p) => {
      const href = encodeHref(p);
      assert.equal(decodeURIComponent(href), p);
      assert.match(href, /^[A-Za-z0-9\-._~%/]*$/, 'only unreserved characters, %XX and /');
      assert.equal(href.split('/').length, p.split('/').length, 'segments keep their separators');
    }),
    { numRuns: 2000 },
  );
});

test("encodeHref output resolves back to the path with the validator's resolveHref", () => {
  fc.assert(
    fc.property(
      path.filter((p) => p.split('/').every((s) => s !== '.' && s !== '..')),
      (p) => {
        assert.equal(
          resolveHref('representations/rep1/METS.xml', encodeHref(p)),
          `representations/rep1/${p}`,
        );
      },
    ),
    { numRuns: 500 },
  );
});

test('encodeHref examples', () => {
  assert.equal(encodeHref('data/a b/ö.txt'), 'data/a%20b/%C3%B6.txt');
  assert.equal(encodeHref("x/(kopia)!*'#%?.pdf"), 'x/%28kopia%29%21%2A%27%23%25%3F.pdf');
  assert.equal(encodeHref('urn:x/y'), 'urn%3Ax/y', 'a colon never reads as a URI scheme');
  assert.equal(encodeHref('schemas/mets.xsd'), 'schemas/mets.xsd');
});

test('folderNameForObjid keeps the OBJID, including colons', () => {
  assert.equal(
    folderNameForObjid('urn:uuid:7d0d1987-0f1c-47a7-8fd6-cc5c7de4064f'),
    'urn:uuid:7d0d1987-0f1c-47a7-8fd6-cc5c7de4064f',
  );
  assert.equal(folderNameForObjid('SE/1281/BN 2019'), 'SE%2F1281%2FBN 2019');
  assert.equal(folderNameForObjid('a\\b'), 'a%5Cb');
  assert.equal(folderNameForObjid('C:paket'), 'C%3Apaket', 'no drive-letter prefix');
  assert.equal(folderNameForObjid('x\u0007y\u202Ez'), 'x%07y%E2%80%AEz');
  for (const bad of ['', '.', '..', ' padded']) {
    assert.throws(
      () => folderNameForObjid(bad),
      (e) => isArchiveError(e) && e.code === 'ARC_ERR_USAGE',
    );
  }
});

test('checkRelativePath refuses what the package reader would refuse', () => {
  assert.equal(checkRelativePath('a/b c/ä.txt'), 'a/b c/ä.txt');
  const cases: [string, string][] = [
    ['/abs', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['a\\b', 'ARC_ERR_PKG_ABSOLUTE_PATH'],
    ['a/../b', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['a//b', 'ARC_ERR_PKG_PATH_TRAVERSAL'],
    ['a/\u0001', 'ARC_ERR_PKG_BAD_NAME'],
    ['a/\uD800x', 'ARC_ERR_PKG_BAD_NAME'],
  ];
  for (const [p, code] of cases) {
    assert.throws(
      () => checkRelativePath(p),
      (e) => isArchiveError(e) && e.code === code,
      p,
    );
  }
});
