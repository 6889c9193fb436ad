/**
 * Every list of src/core/validation/vocabularies.ts equals the file it was copied from, in the
 * shipped copies of ../shared/standards/ (schemas/, see schemas/SOURCE.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as V from '../../../src/core/validation/vocabularies.ts';

const read = (p: string): string => readFileSync(new URL(`../../../schemas/${p}`, import.meta.url), 'utf8');
const terms = (file: string): string[] =>
  [...read(`vocabularies/${file}`).matchAll(/<Term[^>]*>([^<]*)<\/Term>/g)].map((m) =>
    (m[1] as string).trim(),
  );
/** The enumeration of an attribute in an XSD (`xs:` or `xsd:` prefix). */
const enumeration = (xsd: string, attribute: string): string[] => {
  const block = new RegExp(`name="${attribute}"[\\s\\S]*?</xsd?:attribute>`).exec(read(xsd))?.[0] ?? '';
  return [...block.matchAll(/enumeration value="([^"]*)"/g)].map((m) => m[1] as string);
};

const CASES: readonly [string, readonly string[], string[]][] = [
  ['CONTENT_CATEGORIES', V.CONTENT_CATEGORIES, terms('CSIPVocabularyContentCategory.xml')],
  [
    'CONTENT_INFORMATION_TYPES',
    V.CONTENT_INFORMATION_TYPES,
    enumeration('csip/DILCISExtensionMETS.xsd', 'CONTENTINFORMATIONTYPE'),
  ],
  [
    'CONTENT_INFORMATION_TYPE_TERMS',
    V.CONTENT_INFORMATION_TYPE_TERMS,
    terms('CSIPVocabularyContentInformationType.xml'),
  ],
  ['OAIS_PACKAGE_TYPES', V.OAIS_PACKAGE_TYPES, terms('CSIPVocabularyOAISPackageType.xml')],
  ['STATUS_VALUES', V.STATUS_VALUES, terms('CSIPVocabularyStatus.xml')],
  ['NOTE_TYPES', V.NOTE_TYPES, terms('CSIPVocabularyNoteType.xml')],
  ['AGENT_OTHER_TYPES', V.AGENT_OTHER_TYPES, terms('CSIPVocabularyAgentOtherType.xml')],
  ['STRUCTMAP_TYPES', V.STRUCTMAP_TYPES, terms('CSIPVocabularyStructMapType.xml')],
  ['STRUCTMAP_LABELS', V.STRUCTMAP_LABELS, terms('CSIPVocabularyStructMapLabel.xml')],
  ['DIVISION_LABELS', V.DIVISION_LABELS, terms('CSIPVocabularyFileGrpAndStructMapDivisionLabel.xml')],
  ['MDTYPES', V.MDTYPES, enumeration('mets/mets.xsd', 'MDTYPE')],
  ['CHECKSUM_TYPES', V.CHECKSUM_TYPES, enumeration('mets/mets.xsd', 'CHECKSUMTYPE')],
  ['RECORD_STATUS', V.RECORD_STATUS, terms('SIPVocabularyRecordStatus.xml')],
  ['ALT_RECORD_ID_TYPES', V.ALT_RECORD_ID_TYPES, terms('SIPVocabularyRecordIDType.xml')],
];

for (const [name, list, source] of CASES) {
  test(`${name} equals its source file`, () => {
    assert.ok(source.length > 0, `no terms read for ${name}`);
    assert.deepEqual([...list], source);
  });
}

test('the OAIS package types are also the DILCIS extension schema enumeration', () => {
  assert.deepEqual([...V.OAIS_PACKAGE_TYPES], enumeration('csip/DILCISExtensionMETS.xsd', 'OAISPACKAGETYPE'));
});

test('the note types are also the DILCIS extension schema enumeration', () => {
  assert.deepEqual([...V.NOTE_TYPES], enumeration('csip/DILCISExtensionMETS.xsd', 'NOTETYPE'));
});

test('nearMiss accepts only a different letter case or surrounding spaces', () => {
  assert.equal(V.nearMiss(' metadata', 'Metadata'), true);
  assert.equal(V.nearMiss('Metadata', 'Metadata'), false);
  assert.equal(V.nearMiss('Meta data', 'Metadata'), false);
  assert.equal(V.nearMiss(undefined, 'Metadata'), false);
});
