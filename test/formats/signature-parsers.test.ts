/** The signature file parsers: the shipped files, and refusal of anything that is not one. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isArchiveError } from '../../src/core/errors.ts';
import {
  parseContainerSignatureFile,
  parseSignatureFile,
} from '../../src/adapters/format/signature-store.ts';
import { containerXml, droidXml, parseContainers, parseDroid } from './support/mini-signatures.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(isArchiveError(e), String(e));
    return e.code;
  }
  assert.fail('expected an ArchiveError');
};

test('the shipped DROID signature file V118 parses completely', async () => {
  const file = await parseSignatureFile('data/pronom/DROID_SignatureFile_V118.xml');
  assert.equal(file.version, '118');
  assert.equal(file.formats.length, 2458);
  assert.equal(file.signatures.length, 2166, 'every internal signature is readable');
  const pdfa1b = file.formats.find((f) => f.puid === 'fmt/354');
  assert.deepEqual(pdfa1b?.signatureIds, [521, 966]);
  assert.equal(pdfa1b?.priorityOver.length, 6);
});

test('the shipped container signature file parses completely', async () => {
  const file = await parseContainerSignatureFile('data/pronom/container-signature-20240501.xml');
  assert.equal(file.signatures.length, 299);
  assert.deepEqual(Object.fromEntries(file.triggers), {
    'fmt/111': 'OLE2',
    'fmt/189': 'ZIP',
    'x-fmt/263': 'ZIP',
  });
  assert.deepEqual(file.mappings.get(1030), ['fmt/412']);
  const word97 = file.signatures.find((s) => s.id === 1020);
  assert.deepEqual(
    word97?.files.map((f) => f.path),
    ['WordDocument', 'CompObj'],
  );
});

test('a DOCTYPE is refused before any entity could be expanded', () => {
  const xml = droidXml('', []).replace(
    '<FFSignatureFile',
    '<!DOCTYPE x [<!ENTITY a "b">]>\n<FFSignatureFile',
  );
  assert.equal(
    code(() => parseDroid(xml)),
    'ARC_ERR_XML_DTD_FORBIDDEN',
  );
  const c = containerXml('', [], []).replace(
    '<ContainerSignatureMapping',
    '<!DOCTYPE x SYSTEM "http://example.org/x.dtd">\n<ContainerSignatureMapping',
  );
  assert.equal(
    code(() => parseContainers(c)),
    'ARC_ERR_XML_DTD_FORBIDDEN',
  );
});

test('the wrong kind of file, or a broken one, is refused with a code', () => {
  assert.equal(
    code(() => parseDroid(containerXml('', [], []))),
    'ARC_ERR_FORMAT_SIGNATURES_INVALID',
  );
  assert.equal(
    code(() => parseContainers(droidXml('', []))),
    'ARC_ERR_FORMAT_SIGNATURES_INVALID',
  );
  assert.equal(
    code(() => parseDroid('<?xml version="1.0"?><mets/>')),
    'ARC_ERR_FORMAT_SIGNATURES_INVALID',
  );
  assert.equal(
    code(() => parseDroid(droidXml('', []).replace(' Version="999"', ''))),
    'ARC_ERR_FORMAT_SIGNATURES_INVALID',
  );
  assert.equal(
    code(() => parseDroid(droidXml('', []).slice(0, 200))),
    'ARC_ERR_XML_MALFORMED',
  );
});
