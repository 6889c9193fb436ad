import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validateXml } from '../../../src/adapters/xml/xsd-validator.ts';
import { isArchiveError } from '../../../src/core/errors.ts';
import { EAD3, EAD_2002, eArkMets, lineOf, metsFile, PREMIS_2_1, premis3 } from './fixtures.ts';

const bytes = (xml: string): Uint8Array => new TextEncoder().encode(xml);

async function errorsOf(xml: string): Promise<{ message: string; line: number }[]> {
  return (await validateXml(bytes(xml))).map(({ message, line }) => ({ message, line }));
}

function withFile(attributeChange: [string, string]): string {
  return eArkMets({ files: [metsFile(1).replace(...attributeChange)] });
}

describe('validateXml: METS with the CSIP and SIP extensions', () => {
  it('accepts a minimal E-ARK SIP METS', async () => {
    assert.deepEqual(await validateXml(bytes(eArkMets())), []);
  });

  it('reports a wrong attribute type (file/@SIZE is xs:long) on its line', async () => {
    const xml = withFile(['SIZE="1001"', 'SIZE="big"']);
    const [error, ...rest] = await errorsOf(xml);
    assert.equal(rest.length, 0);
    assert.match(error?.message ?? '', /attribute 'SIZE': 'big' is not a valid value/);
    assert.equal(error?.line, lineOf(xml, 'SIZE="big"'));
  });

  it('reports a CHECKSUMTYPE outside the METS enumeration (case matters)', async () => {
    const xml = withFile(['CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="sha-256"']);
    const errors = await errorsOf(xml);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.line, lineOf(xml, 'sha-256'));
  });

  it('reports an unknown csip:OAISPACKAGETYPE value on its line', async () => {
    const xml = eArkMets({ packageType: 'XIP' });
    const errors = await errorsOf(xml);
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? '',
      /CSIPExtensionMETS}OAISPACKAGETYPE.*'XIP' is not an element of the set/,
    );
    assert.equal(errors[0]?.line, lineOf(xml, 'csip:OAISPACKAGETYPE="XIP"'));
  });

  it('follows the XSD, not the vocabulary, for content information types', async () => {
    // The vocabulary spells citscarchival_v1_0, the XSD citsarchival_v1_0 (standards.md §3.2).
    assert.equal((await errorsOf(eArkMets({ fileGroupType: 'citscarchival_v1_0' }))).length, 1);
    assert.deepEqual(await errorsOf(eArkMets({ fileGroupType: 'citsarchival_v1_0' })), []);
  });

  it('passes sip: attributes the extension schema does not declare (lax wildcard)', async () => {
    // SIP34/SIP35 name FILEFORMATREGISTRY/FILEFORMATKEY; the XSD declares FORMATREGISTRY/FORMATREGISTRYKEY.
    const profileNames = ' sip:FILEFORMATREGISTRY="PRONOM" sip:FILEFORMATKEY="fmt/354"';
    const xsdNames = ' sip:FORMATREGISTRY="PRONOM" sip:FORMATREGISTRYKEY="fmt/354"';
    assert.deepEqual(await errorsOf(eArkMets({ files: [metsFile(1, profileNames)] })), []);
    assert.deepEqual(await errorsOf(eArkMets({ files: [metsFile(1, xsdNames)] })), []);
  });

  it('ignores xsi:schemaLocation: nothing is fetched, the shipped schemas decide', async () => {
    const root =
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.loc.gov/METS/ http://schemas.invalid/mets.xsd"';
    assert.deepEqual(await errorsOf(eArkMets({ root })), []);
  });
});

describe('validateXml: PREMIS and EAD', () => {
  it('accepts a PREMIS 3 document', async () => {
    assert.deepEqual(await validateXml(bytes(premis3())), []);
  });

  it('reports a broken PREMIS 3 document on its line', async () => {
    const xml = premis3('big');
    const errors = await errorsOf(xml);
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /premis\/v3}size': 'big'/);
    assert.equal(errors[0]?.line, lineOf(xml, '>big<'));
  });

  it('accepts a PREMIS 2.1 document from an older package', async () => {
    assert.deepEqual(await validateXml(bytes(PREMIS_2_1)), []);
  });

  it('accepts an EAD 2002 document and an EAD3 document', async () => {
    assert.deepEqual(await validateXml(bytes(EAD_2002)), []);
    assert.deepEqual(await validateXml(bytes(EAD3)), []);
  });

  it('reports an element EAD 2002 does not allow', async () => {
    const errors = await errorsOf(
      EAD_2002.replace('<unittitle>Protokoll', '<unittitel>Protokoll</unittitel><unittitle>Protokoll'),
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /unittitel/);
  });

  it('reports a root element no shipped schema declares', async () => {
    const errors = await errorsOf('<mods xmlns="http://www.loc.gov/mods/v3"/>');
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? '',
      /No shipped schema for root element \{http:\/\/www.loc.gov\/mods\/v3\}mods/,
    );
  });

  it('validates against a named schema set instead of the root namespace when asked', async () => {
    const asMets = await validateXml(bytes(premis3()), { schemaSet: 'mets' });
    assert.match(asMets[0]?.message ?? '', /No matching global declaration/);
  });
});

describe('validateXml: input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samarkiv-xsd-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file path like bytes', async () => {
    const path = join(dir, 'METS.xml');
    writeFileSync(path, withFile(['SIZE="1001"', 'SIZE="-1.5"']));
    const errors = await validateXml(path);
    assert.equal(errors.length, 1);
  });

  it('throws ARC_ERR_INPUT_NOT_FOUND for a missing file', async () => {
    await assert.rejects(
      validateXml(join(dir, 'missing.xml')),
      (e) => isArchiveError(e) && e.code === 'ARC_ERR_INPUT_NOT_FOUND',
    );
  });

  it('throws ARC_ERR_XML_MALFORMED with the position for a document that is not well-formed', async () => {
    await assert.rejects(
      validateXml(bytes('<mets xmlns="http://www.loc.gov/METS/">\n  <metsHdr>\n</mets>'), {
        name: 'METS.xml',
      }),
      (e) => isArchiveError(e) && e.code === 'ARC_ERR_XML_MALFORMED' && /METS\.xml:3:/.test(e.message),
    );
  });
});
