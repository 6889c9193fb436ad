/**
 * The pure parts of the SIARD checks: metadata.xml into the model, where a LOB's @file points,
 * digests in hex or Base64, the layout of a SIARD file's names, and which package files are
 * SIARD files (split ones included).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isArchiveError } from '../../src/core/errors.ts';
import { digestMatches, lobDigestAlgorithm } from '../../src/core/siard/lob-digest.ts';
import { locateLob } from '../../src/core/siard/lob-location.ts';
import { SiardMetadataParser } from '../../src/core/siard/metadata-parser.ts';
import { ProblemCollector } from '../../src/core/siard/siard-analysis.ts';
import { checkLayout, checkVersionFolder } from '../../src/core/siard/siard-layout.ts';
import { declaredSiardVersion, lobKind } from '../../src/core/siard/siard-model.ts';
import { findSiardTargets } from '../../src/core/siard/siard-targets.ts';
import type { ListedEntry } from '../../src/core/validation/package-context.ts';
import { siardEntries } from './support/siard-builder.ts';

function parse(xml: string) {
  const parser = new SiardMetadataParser('header/metadata.xml');
  parser.write(new TextEncoder().encode(xml));
  return parser.end();
}

describe('SiardMetadataParser', () => {
  it('reads version, dbname, tables with folders, row counts and columns of the generated metadata.xml', () => {
    const bytes = siardEntries().get('header/metadata.xml') as Uint8Array;
    const parser = new SiardMetadataParser('header/metadata.xml');
    for (let i = 0; i < bytes.length; i += 5) parser.write(bytes.subarray(i, i + 5));
    const meta = parser.end();
    assert.equal(meta.version, '2.2');
    assert.equal(meta.dbname, 'procapita_test');
    const [schema] = meta.schemas;
    assert.equal(schema?.folder, 'schema0');
    assert.deepEqual(
      schema?.tables.map((t) => [
        t.name,
        t.folder,
        t.rows,
        t.columns.map((c) => `${c.name}:${c.type}:${c.nullable}`),
      ]),
      [
        ['person', 'table0', 4, ['id:INTEGER:false', 'namn:VARCHAR(200):false', 'född:DATE:true']],
        ['dokument', 'table1', 3, ['id:INTEGER:false', 'person_id:INTEGER:true', 'fil:BLOB:true']],
      ],
    );
    assert.ok(schema?.tables.every((t) => t.described && t.columns.every((c) => c.described)));
  });

  it('keeps an unreadable row count as null and counts views', () => {
    const meta = parse(
      '<siardArchive xmlns="http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd" version="2.1"><schemas><schema><name>s</name><folder>schema0</folder>' +
        '<tables><table><name>t</name><folder>table0</folder><columns><column><name>c</name><type>INTEGER</type></column></columns><rows>many</rows></table></tables>' +
        '<views><view><name>v</name><columns><column><name>c</name><type>INTEGER</type></column></columns></view></views></schema></schemas></siardArchive>',
    );
    assert.equal(meta.schemas[0]?.tables[0]?.rows, null);
    assert.equal(meta.schemas[0]?.tables[0]?.columns.length, 1, 'view columns are not table columns');
    assert.equal(meta.schemas[0]?.views, 1);
  });

  it('refuses a DOCTYPE (no entity is ever expanded)', () => {
    assert.throws(
      () => parse('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><siardArchive version="2.2"/>'),
      (e) => isArchiveError(e) && e.code === 'ARC_ERR_XML_DTD_FORBIDDEN',
    );
  });
});

describe('locateLob', () => {
  const ctx = {
    siardPath: 'representations/rep1/data/db.siard',
    tableFolder: 'content/schema0/table1',
    archiveLobFolder: null,
    columnLobFolder: null,
  };

  it('without lobFolder: inside the SIARD file, relative to its root first, then to the table folder', () => {
    assert.deepEqual(locateLob('lob3/record1.bin', ctx), {
      kind: 'internal',
      candidates: ['lob3/record1.bin', 'content/schema0/table1/lob3/record1.bin'],
    });
  });

  it('with lobFolder ../lobs/: beside the SIARD file in the package', () => {
    assert.deepEqual(
      locateLob('record%201.bin', { ...ctx, archiveLobFolder: '../lobs/', columnLobFolder: 'png/' }),
      {
        kind: 'external',
        path: 'representations/rep1/data/lobs/png/record 1.bin',
      },
    );
  });

  it('refuses absolute locations and paths above the package root', () => {
    assert.equal(locateLob('a.bin', { ...ctx, archiveLobFolder: 'file:///D:/lobs/' }).kind, 'unresolvable');
    assert.equal(locateLob('../../../../../x.bin', { ...ctx, archiveLobFolder: '../' }).kind, 'unresolvable');
  });
});

describe('LOB digests and kinds', () => {
  it('compares hex in any case and Base64', () => {
    const hex = 'a7527fd45ff4397e5c7fc00c99744da1e55e244570f67ca95566cfb03b8c3211';
    assert.ok(digestMatches(hex.toUpperCase(), hex));
    assert.ok(digestMatches(Buffer.from(hex, 'hex').toString('base64'), hex));
    assert.ok(!digestMatches('00', hex));
    assert.equal(lobDigestAlgorithm(' sha-256 '), 'sha256');
    assert.equal(lobDigestAlgorithm('CRC32'), null);
  });

  it('knows binary and character LOB types and the versions METS declares', () => {
    assert.deepEqual(
      ['BLOB', 'BINARY LARGE OBJECT', 'CLOB', 'NATIONAL CHARACTER LARGE OBJECT', 'INTEGER'].map(lobKind),
      ['binary', 'binary', 'character', 'character', null],
    );
    assert.deepEqual(['SIARD_2.2', 'SIARD2.1', 'Database_dump'].map(declaredSiardVersion), [
      '2.2',
      '2.1',
      null,
    ]);
  });
});

describe('SIARD layout', () => {
  it('accepts the generated file and names its version', () => {
    const problems = new ProblemCollector();
    assert.deepEqual(checkLayout(siardEntries().keys(), problems), ['2.2']);
    checkVersionFolder(['2.2'], '2.2', problems);
    assert.equal(problems.count('layout'), 0);
  });

  it('reports stray top-level entries, a missing metadata.xml, missing or several version folders', () => {
    const problems = new ProblemCollector();
    checkLayout(['readme.txt', 'lobs/a.bin', 'content/schema0/table0/table0.xml'], problems);
    assert.deepEqual(
      problems.result().layout.items.map((p) => p.message.en),
      [
        '"readme.txt" at the top of the SIARD file: only header/ and content/ are allowed there',
        '"lobs/" at the top of the SIARD file: only header/ and content/ are allowed there',
        'header/metadata.xml is missing',
        'The version folder header/siardversion/<version>/ is missing',
      ],
    );
    const two = new ProblemCollector();
    checkLayout(['header/metadata.xml', 'header/siardversion/2.1/', 'header/siardversion/2.2/'], two);
    assert.match(two.result().layout.items[0]?.message.en ?? '', /more than one version: 2\.1, 2\.2/);
  });
});

describe('findSiardTargets', () => {
  const entry = (path: string): [string, ListedEntry] => [path, { path, type: 'file', size: 1 }];

  it('finds .siard files in representations/<rep>/data and groups split parts in order', () => {
    const entries = new Map([
      entry('representations/rep1/data/db.siard'),
      entry('representations/rep2/data/big_part002.siard'),
      entry('representations/rep2/data/big_part001.siard'),
      entry('documentation/old.siard'),
      entry('representations/rep1/documentation/report.txt'),
    ]);
    assert.deepEqual(findSiardTargets(entries), [
      { path: 'representations/rep1/data/db.siard', parts: [], representation: 'representations/rep1' },
      {
        path: 'representations/rep2/data/big.siard',
        parts: ['representations/rep2/data/big_part001.siard', 'representations/rep2/data/big_part002.siard'],
        representation: 'representations/rep2',
      },
    ]);
  });
});
