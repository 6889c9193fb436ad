/**
 * The AIP reader takes what it needs from PREMIS files of any size: a representation with 50,000
 * files has a PREMIS document larger than the whole-tree limit, and ingest must still read it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_TREE_BYTES,
  allText,
  parseXmlRecords,
  parseXmlTree,
} from '../../src/services/server/aip/xml-tree.ts';
import { isArchiveError } from '../../src/core/errors.ts';

const PREMIS = 'http://www.loc.gov/premis/v3';

/** A PREMIS document streamed in chunks, padded past MAX_TREE_BYTES by a comment between objects. */
async function* bigPremis(objects: number): AsyncGenerator<Uint8Array> {
  yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<premis xmlns="${PREMIS}">`);
  const pad = Buffer.from('<!--' + 'x'.repeat(1024 * 1024 - 7) + '-->');
  for (let i = 0; i < objects; i++) {
    yield Buffer.from(
      `<object><originalName>fil-${i}.txt</originalName><objectCharacteristics><format><formatRegistry>` +
        `<formatRegistryKey>x-fmt/111</formatRegistryKey></formatRegistry></format></objectCharacteristics></object>`,
    );
    if (i === 0) for (let mb = 0; mb <= MAX_TREE_BYTES / (1024 * 1024); mb++) yield pad;
  }
  yield Buffer.from('<rightsStatement><rightsBasis>statute</rightsBasis></rightsStatement></premis>');
}

describe('parseXmlRecords', () => {
  it('reads the records of a document larger than the whole-tree limit, in order', async () => {
    const objects = await parseXmlRecords('premis.xml', bigPremis(3), 'object');
    assert.deepEqual(
      objects.map((o) => allText(o.children.find((c) => c.name === 'originalName')!)),
      ['fil-0.txt', 'fil-1.txt', 'fil-2.txt'],
    );
    assert.equal(objects[2]!.ns, PREMIS);
    const rights = await parseXmlRecords('premis.xml', bigPremis(1), 'rightsStatement');
    assert.equal(rights.length, 1);
    // The whole-tree reader refuses the same document with a coded error.
    await assert.rejects(parseXmlTree('premis.xml', bigPremis(1)), (e: unknown) => {
      assert.ok(isArchiveError(e) && e.code === 'ARC_ERR_AIP_UNREADABLE', String(e));
      return true;
    });
  });

  it('refuses a DOCTYPE like every house XML reader', async () => {
    async function* withDoctype(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('<!DOCTYPE premis [<!ENTITY x "y">]><premis><object/></premis>');
    }
    await assert.rejects(parseXmlRecords('premis.xml', withDoctype(), 'object'), (e: unknown) => {
      assert.ok(isArchiveError(e) && e.code === 'ARC_ERR_XML_DTD_FORBIDDEN', String(e));
      return true;
    });
  });
});
