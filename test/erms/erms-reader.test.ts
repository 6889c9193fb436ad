/**
 * The pure parts of the ERMS checks: the streaming reader (what it collects, independent of how the
 * bytes are chunked, XML safety), the Schematron re-implementation (faithful to the .sch files,
 * first matching rule only), the appendix path candidates and the document-element sniffing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentElement } from '../../src/core/erms/document-element.ts';
import type { ErmsFacts } from '../../src/core/erms/erms-facts.ts';
import { appendixCandidates } from '../../src/core/erms/erms-paths.ts';
import { ErmsReader } from '../../src/core/erms/erms-reader.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { ermsXml } from './erms-xml.ts';

const enc = new TextEncoder();

function read(xml: string, chunkSize = 1 << 20): ErmsFacts {
  const bytes = enc.encode(xml);
  const reader = new ErmsReader('erms.xml');
  for (let i = 0; i < bytes.length; i += chunkSize) reader.write(bytes.subarray(i, i + chunkSize));
  return reader.end();
}

/** A minimal ERMS body around `inner`, for Schematron cases (schema validity is not the point here). */
const doc = (inner: string): string =>
  `<?xml version="1.0"?><erms xmlns="https://DILCIS.eu/XML/ERMS">${inner}</erms>`;

function ruleIds(facts: ErmsFacts, version: '2.1' | '3.0'): string[] {
  return facts.schematron[version].failures.map((f) => f.ruleId);
}

describe('ErmsReader', () => {
  test('collects objectIds, parent references and file references with their lines', () => {
    const facts = read(ermsXml('2.1'));
    assert.deepEqual(
      [...facts.objectIds.keys()],
      ['BN-2019-0001', 'BN-2019-0001-1', 'BN-2019-0001-2', 'BN-2019-0001-A', 'BN-2019-0001-A-1'],
    );
    assert.equal(facts.objectIds.get('BN-2019-0001-A')?.kind, 'aggregation');
    assert.equal(facts.objectIds.get('BN-2019-0001-A-1')?.kind, 'record');
    assert.deepEqual(
      facts.parentReferences.map((p) => `${p.owner}→${p.value}`),
      [
        'BN-2019-0001-1→BN-2019-0001',
        'BN-2019-0001-2→BN-2019-0001',
        'BN-2019-0001-A→BN-2019-0001',
        'BN-2019-0001-A-1→BN-2019-0001-A',
      ],
    );
    assert.deepEqual(
      facts.fileReferences.map((f) => `${f.element}:${f.path}:${f.line}`),
      [
        'agentExtendingAppendix:fullmakt.pdf:30',
        'appendix:beslut.pdf:41',
        'appendix:ansokan.pdf:49',
        'appendix:handlingar/ritning situationsplan.pdf:69',
      ],
    );
    assert.equal(facts.aggregations, 2);
    assert.equal(facts.records, 3);
  });

  test('gives the same facts however the bytes are chunked (one byte at a time included)', () => {
    const whole = read(ermsXml('3.0'));
    for (const size of [1, 7, 4096]) assert.deepEqual(read(ermsXml('3.0'), size), whole, `chunks of ${size}`);
  });

  test('ignores objectId elements outside an aggregation or record, and foreign namespaces', () => {
    const facts = read(
      doc(
        '<control><objectId>x</objectId></control><aggregations><aggregation xmlns:o="urn:other"><o:objectId>y</o:objectId><objectId>z</objectId></aggregation></aggregations>',
      ),
    );
    assert.deepEqual([...facts.objectIds.keys()], ['z']);
  });

  test('refuses a DOCTYPE and reports malformed XML as ArchiveErrors', () => {
    for (const [xml, code] of [
      [
        '<!DOCTYPE erms [<!ENTITY x "x">]><erms xmlns="https://DILCIS.eu/XML/ERMS"/>',
        'ARC_ERR_XML_DTD_FORBIDDEN',
      ],
      ['<erms xmlns="https://DILCIS.eu/XML/ERMS"><control></erms>', 'ARC_ERR_XML_MALFORMED'],
      ['<a>'.repeat(300) + '</a>'.repeat(300), 'ARC_ERR_XML_TOO_DEEP'],
      ['', 'ARC_ERR_XML_MALFORMED'],
    ] as const) {
      assert.throws(
        () => read(xml),
        (e: unknown) => isArchiveError(e) && e.code === code,
        code,
      );
    }
  });
});

describe('Schematron (erms.sch, erms_v3.sch)', () => {
  test('a "other" value without its other… attribute fails in both versions, with it passes', () => {
    const failing = read(doc('<agent agentType="other"/><relation relationType="own_relation_definition"/>'));
    assert.deepEqual(ruleIds(failing, '2.1'), ['erms.sch#agentType', 'erms.sch#relationType']);
    assert.deepEqual(ruleIds(failing, '3.0'), ['erms_v3.sch#agentType', 'erms_v3.sch#relationType']);
    const passing = read(
      doc(
        '<agent agentType="other" otherAgentType="x"/><relation relationType="own_relation_definition" otherRelationType=" y "/>',
      ),
    );
    assert.equal(passing.schematron['2.1'].total + passing.schematron['3.0'].total, 0);
  });

  test('normalize-space: a blank other… attribute counts as missing', () => {
    assert.deepEqual(ruleIds(read(doc('<agent agentType="other" otherAgentType=" \t"/>')), '3.0'), [
      'erms_v3.sch#agentType',
    ]);
  });

  test('erms.sch is read literally: its dateType rule wants "Other", erms_v3.sch "other"', () => {
    const lower = read(doc('<date dateType="other"/>'));
    assert.deepEqual(ruleIds(lower, '2.1'), []);
    assert.deepEqual(ruleIds(lower, '3.0'), ['erms_v3.sch#dateType']);
    assert.deepEqual(ruleIds(read(doc('<date dateType="Other"/>')), '2.1'), ['erms.sch#dateType']);
  });

  test('erms_v3.sch disposalDate and addressContactInformation rules apply only in the ERMS namespace', () => {
    const facts = read(
      doc(
        '<disposalDate dateType="other_date"/><addressContactInformation/><x:addressContactInformation xmlns:x="urn:x"/>',
      ),
    );
    assert.deepEqual(ruleIds(facts, '3.0'), [
      'erms_v3.sch#disposalDate',
      'erms_v3.sch#addressContactInformation',
    ]);
    assert.equal(facts.schematron['3.0'].failures[1]?.line, 1);
    // A child in another namespace does not count: count(erms:*).
    assert.deepEqual(
      ruleIds(
        read(doc('<addressContactInformation><x:l xmlns:x="urn:x"/></addressContactInformation>')),
        '3.0',
      ),
      ['erms_v3.sch#addressContactInformation'],
    );
    assert.deepEqual(
      ruleIds(read(doc('<addressContactInformation><contactLine/></addressContactInformation>')), '3.0'),
      [],
    );
  });

  test('only the first rule whose context matches an element fires, as in Schematron', () => {
    const facts = read(doc('<aggregation aggregationType="own_aggregation_definition" dateType="other"/>'));
    assert.deepEqual(ruleIds(facts, '3.0'), ['erms_v3.sch#aggregationType']);
  });

  test('classificationSchemaStatus "other" passes with the XSD spelling and with the .sch spelling', () => {
    assert.deepEqual(ruleIds(read(doc('<c classificationSchemaStatus="other"/>')), '3.0'), [
      'erms_v3.sch#classificationSchemaStatus',
    ]);
    for (const attr of ['otherClassificationSchemaStatus', 'otherclassificationSchemaStatus']) {
      assert.deepEqual(
        ruleIds(read(doc(`<c classificationSchemaStatus="other" ${attr}="x"/>`)), '3.0'),
        [],
        attr,
      );
    }
  });

  test('keeps the first 1000 failures and counts all of them', () => {
    const facts = read(doc('<agent agentType="other"/>'.repeat(1200)));
    assert.equal(facts.schematron['3.0'].failures.length, 1000);
    assert.equal(facts.schematron['3.0'].total, 1200);
  });
});

describe('appendix path candidates', () => {
  const rep = 'representations/rep1';
  const erms = `${rep}/metadata/descriptive/ERMS.xml`;

  test('the data folder first, then the representation, the ERMS folder and the package root', () => {
    assert.deepEqual(appendixCandidates('a/b.pdf', rep, erms).candidates, [
      `${rep}/data/a/b.pdf`,
      `${rep}/a/b.pdf`,
      `${rep}/metadata/descriptive/a/b.pdf`,
      'a/b.pdf',
    ]);
  });

  test('file: URIs are percent-decoded, plain paths are literal, backslashes are separators', () => {
    assert.equal(appendixCandidates('file:///a%20b.pdf', rep, erms).candidates[0], `${rep}/data/a b.pdf`);
    assert.equal(appendixCandidates('file://./a.pdf', rep, erms).candidates[0], `${rep}/data/a.pdf`);
    assert.equal(appendixCandidates('a%20b.pdf', rep, erms).candidates[0], `${rep}/data/a%20b.pdf`);
    assert.equal(appendixCandidates('dir\\a.pdf', rep, erms).candidates[0], `${rep}/data/dir/a.pdf`);
  });

  test('paths that climb out of a base are no candidates there; other schemes name nothing', () => {
    assert.deepEqual(appendixCandidates('../../../../../x.pdf', rep, erms).candidates, []);
    assert.equal(appendixCandidates('../x.pdf', rep, erms).candidates[0], `${rep}/x.pdf`);
    assert.deepEqual(appendixCandidates('https://example.org/a.pdf', rep, erms), {
      candidates: [],
      problem: 'not-a-package-path',
    });
    assert.deepEqual(appendixCandidates('  ', rep, erms), { candidates: [], problem: 'empty' });
  });
});

describe('documentElement', () => {
  test('names the document element from the first bytes, even cut inside the document', () => {
    const head = enc.encode(ermsXml('2.1')).subarray(0, 120);
    assert.deepEqual(documentElement(head), { uri: 'https://DILCIS.eu/XML/ERMS', local: 'erms' });
  });

  test('answers null for a DOCTYPE, for non-XML and for a document without elements', () => {
    assert.equal(documentElement(enc.encode('<!DOCTYPE erms><erms/>')), null);
    assert.equal(documentElement(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])), null);
    assert.equal(documentElement(enc.encode('<?xml version="1.0"?>')), null);
  });
});
