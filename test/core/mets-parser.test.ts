/** The streaming METS parser: model contents, XML safety, encodings, and no crash on any input. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ArchiveError } from '../../src/core/errors.ts';
import { MetsParser, parseMetsString } from '../../src/core/package/mets-parser.ts';
import { walkFiles } from '../../src/core/package/mets-model.ts';
import { buildFixture } from '../support/fixture-package.ts';

const dec = new TextDecoder();

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ArchiveError ? e.code : `not an ArchiveError: ${String(e)}`;
  }
  return undefined;
}

test('the model holds header, agents, sections, files and structMap with lines', () => {
  const { files } = buildFixture({ profile: 'sip-2.2' });
  const doc = parseMetsString('METS.xml', dec.decode(files.get('METS.xml')));
  assert.equal(doc.mets?.attrs['OBJID'], 'uuid-3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f');
  assert.equal(doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'], 'OTHER');
  assert.equal(doc.metsHdrs[0]?.attrs['csip:OAISPACKAGETYPE'], 'SIP');
  const software = doc.metsHdrs[0]?.agents[0];
  assert.equal(software?.names[0]?.text, 'samarkiv fixture');
  assert.equal(software?.notes[0]?.attrs['csip:NOTETYPE'], 'SOFTWARE VERSION');
  assert.equal(doc.metsHdrs[0]?.altRecordIds[0]?.text, 'LÖ-2026-17');
  assert.equal(doc.dmdSecs[0]?.mdRefs[0]?.attrs['xlink:href'], 'metadata/descriptive/ead.xml');
  assert.equal(doc.amdSecs[0]?.digiprovMD.length, 1);
  assert.deepEqual(
    [...walkFiles(doc)].map((f) => f.file.attrs['ID']),
    ['file-doc-1', 'file-schema-1', 'file-rep1-mets'],
  );
  assert.equal(doc.structMaps[0]?.divs[0]?.divs.length, 5);
  assert.ok((doc.ids.get('div-root')?.[0]?.line ?? 0) > 1);
  assert.ok(doc.idRefs.some((r) => r.attr === 'FILEID' && r.value === 'grp-doc'));
});

test('namespace prefixes do not matter: attribute keys are canonical', () => {
  const doc = parseMetsString(
    'METS.xml',
    '<m:mets xmlns:m="http://www.loc.gov/METS/" xmlns:L="http://www.w3.org/1999/xlink" xmlns:c="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" c:CONTENTINFORMATIONTYPE="MIXED"><m:structMap><m:div><m:mptr L:href="a/METS.xml"/></m:div></m:structMap></m:mets>',
  );
  assert.equal(doc.mets?.attrs['csip:CONTENTINFORMATIONTYPE'], 'MIXED');
  assert.equal(doc.structMaps[0]?.divs[0]?.mptrs[0]?.attrs['xlink:href'], 'a/METS.xml');
});

test('any DOCTYPE is refused: external entities (XXE) and billion laughs are never expanded', () => {
  const xxe =
    '<?xml version="1.0"?><!DOCTYPE mets [<!ENTITY x SYSTEM "file:///etc/passwd">]><mets xmlns="http://www.loc.gov/METS/" OBJID="&x;"/>';
  assert.equal(
    codeOf(() => parseMetsString('METS.xml', xxe)),
    'ARC_ERR_XML_DTD_FORBIDDEN',
  );
  const lol =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><mets xmlns="http://www.loc.gov/METS/" OBJID="&lol3;"/>';
  assert.equal(
    codeOf(() => parseMetsString('METS.xml', lol)),
    'ARC_ERR_XML_DTD_FORBIDDEN',
  );
  const external =
    '<?xml version="1.0"?><!DOCTYPE mets SYSTEM "http://example.org/x.dtd"><mets xmlns="http://www.loc.gov/METS/"/>';
  assert.equal(
    codeOf(() => parseMetsString('METS.xml', external)),
    'ARC_ERR_XML_DTD_FORBIDDEN',
  );
});

test('undefined entities, bad structure and empty input are malformed', () => {
  for (const xml of [
    '<mets xmlns="http://www.loc.gov/METS/" OBJID="&undefined;"/>',
    '<mets><a></mets>',
    '',
    'not xml',
  ]) {
    assert.equal(
      codeOf(() => parseMetsString('METS.xml', xml)),
      'ARC_ERR_XML_MALFORMED',
      xml,
    );
  }
});

test('nesting is bounded', () => {
  const deep = `${'<div>'.repeat(10_000)}${'</div>'.repeat(10_000)}`;
  assert.equal(
    codeOf(() => parseMetsString('METS.xml', deep)),
    'ARC_ERR_XML_TOO_DEEP',
  );
});

test('UTF-16 with BOM and a declared ISO-8859-1 encoding are decoded; invalid UTF-8 is malformed', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-16"?><mets xmlns="http://www.loc.gov/METS/" OBJID="Överförmyndare"/>';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  const p1 = new MetsParser('METS.xml');
  p1.write(utf16);
  assert.equal(p1.end().mets?.attrs['OBJID'], 'Överförmyndare');
  const latin = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><mets xmlns="http://www.loc.gov/METS/" OBJID="Åtgärd"/>',
    'latin1',
  );
  const p2 = new MetsParser('METS.xml');
  p2.write(latin);
  assert.equal(p2.end().mets?.attrs['OBJID'], 'Åtgärd');
  const p3 = new MetsParser('METS.xml');
  assert.equal(
    codeOf(() => {
      p3.write(
        Buffer.from([0x3c, 0x6d, 0x65, 0x74, 0x73, 0x20, 0x61, 0x3d, 0x22, 0xc3, 0x28, 0x22, 0x2f, 0x3e]),
      );
      p3.end();
    }),
    'ARC_ERR_XML_MALFORMED',
  );
});

test('split anywhere, the same document parses to the same model', () => {
  const { files } = buildFixture({ profile: 'aip-2.2' });
  const bytes = files.get('METS.xml') as Uint8Array;
  const whole = parseMetsString('METS.xml', dec.decode(bytes));
  fc.assert(
    fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 8 }), (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const parser = new MetsParser('METS.xml');
      let from = 0;
      for (const at of [...points, bytes.length]) {
        parser.write(bytes.subarray(from, at));
        from = at;
      }
      const doc = parser.end();
      assert.deepEqual([...doc.ids.keys()], [...whole.ids.keys()]);
      assert.equal(doc.mets?.attrs['OBJID'], whole.mets?.attrs['OBJID']);
    }),
    { numRuns: 100 },
  );
});

test('fuzz: arbitrary bytes and mutated METS either parse or fail with an ArchiveError', () => {
  const { files } = buildFixture({ profile: 'sip-2.2' });
  const valid = files.get('METS.xml') as Uint8Array;
  const mutated = fc
    .tuple(fc.nat({ max: valid.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
    .map(([at, patch]) => {
      const copy = Uint8Array.from(valid);
      copy.set(patch.subarray(0, copy.length - at), at);
      return copy;
    });
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutated), (bytes) => {
      const parser = new MetsParser('METS.xml');
      try {
        parser.write(bytes);
        parser.end();
      } catch (e) {
        assert.ok(e instanceof ArchiveError, `unexpected ${String(e)}`);
      }
    }),
    { numRuns: 500 },
  );
});
