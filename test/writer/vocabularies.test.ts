/** The writer's vocabulary copies stay equal to the shipped DILCIS vocabularies and schemas. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  CONTENT_CATEGORIES,
  CONTENT_INFORMATION_TYPES,
  MD_TYPES,
  RECORD_STATUSES,
} from '../../src/core/package/writer/vocabularies.ts';

const read = (p: string): string => readFileSync(new URL(`../../schemas/${p}`, import.meta.url), 'utf8');
const terms = (xml: string): string[] =>
  [...xml.matchAll(/<Term[^>]*>([^<]*)<\/Term>/g)].map((m) => m[1]!.trim());
const enumeration = (xsd: string, attribute: string): string[] => {
  const block = new RegExp(`name="${attribute}"[\\s\\S]*?</xs(?:d)?:attribute>`).exec(xsd)?.[0] ?? '';
  return [...block.matchAll(/enumeration value="([^"]*)"/g)].map((m) => m[1]!);
};

test('content categories = CSIPVocabularyContentCategory.xml', () => {
  assert.deepEqual([...CONTENT_CATEGORIES], terms(read('vocabularies/CSIPVocabularyContentCategory.xml')));
});

test('content information types = the DILCISExtensionMETS.xsd enumeration', () => {
  assert.deepEqual(
    [...CONTENT_INFORMATION_TYPES],
    enumeration(read('csip/DILCISExtensionMETS.xsd'), 'CONTENTINFORMATIONTYPE'),
  );
});

test('record statuses = SIPVocabularyRecordStatus.xml', () => {
  assert.deepEqual([...RECORD_STATUSES], terms(read('vocabularies/SIPVocabularyRecordStatus.xml')));
});

test('MDTYPE values = the mets.xsd enumeration', () => {
  assert.deepEqual([...MD_TYPES], enumeration(read('mets/mets.xsd'), 'MDTYPE'));
});
