/**
 * Every profile × every target kind: the package written from generated content has the specified
 * tree, every SIZE and CHECKSUM in METS matches the file, every file is described exactly once,
 * IDs are NCNames unique per document, and METS, PREMIS and EAD validate against the shipped XSDs.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { validateXml } from '../../src/adapters/xml/xsd-validator.ts';
import { allMdSecs, walkFileGrps, walkFiles, type MetsDocument } from '../../src/core/package/mets-model.ts';
import { parseMetsString } from '../../src/core/package/mets-parser.ts';
import { resolveHref } from '../../src/core/validation/package-context.ts';
import { CANONICAL_PROFILE_URL, PROFILES as PROFILE_DEFS } from '../../src/core/validation/profiles.ts';
import type { ContentFile } from '../../src/core/package/writer/package-spec.ts';
import {
  FIXED_NOW,
  KINDS,
  PROFILES,
  counterUuid,
  readPackage,
  sampleData,
  sha256,
  specFor,
  tempDir,
  type ReadBack,
} from './support/package-fixtures.ts';

let work = '';
let data: ContentFile[] = [];

before(async () => {
  work = await tempDir();
  data = await sampleData(work);
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

const METS_SCHEMA_FILES = ['mets.xsd', 'xlink.xsd', 'DILCISExtensionMETS.xsd', 'premis-v3-0.xsd'];

function expectedFiles(profile: string): string[] {
  const rep = (name: string, files: string[]): string[] => [
    `representations/${name}/METS.xml`,
    `representations/${name}/metadata/preservation/premis.xml`,
    ...METS_SCHEMA_FILES.map((s) => `representations/${name}/schemas/${s}`),
    ...files.map((f) => `representations/${name}/${f}`),
  ];
  return [
    'METS.xml',
    'metadata/descriptive/ead.xml',
    'metadata/other/system/export.json',
    'metadata/preservation/premis.xml',
    'documentation/Leveransbeskrivning.txt',
    ...[...METS_SCHEMA_FILES, 'ead2002.xsd'].map((s) => `schemas/${s}`),
    ...rep('rep1', [
      'data/beslut/Bygglov 2019 – beslut.pdf',
      'data/beslut/ärende#1 (kopia)%.xml',
      'data/tabeller/rader.csv',
      'data/tom.txt',
    ]),
    ...rep('rep2.access', ['data/kopia.txt', 'documentation/om-kopian.txt']),
    ...(profile === 'aip-2.2'
      ? ['submission/METS.xml', 'submission/representations/rep1/data/original.txt']
      : []),
  ].sort();
}

function parse(pkg: ReadBack, path: string): MetsDocument {
  const bytes = pkg.files.get(path);
  assert.ok(bytes, `${path} exists`);
  return parseMetsString(path, bytes.toString('utf8'));
}

/** Checks every fileSec file and mdRef of one METS against the package; returns the paths it describes. */
function checkReferences(pkg: ReadBack, doc: MetsDocument): string[] {
  const described: string[] = [];
  const check = (attrs: Readonly<Record<string, string>>, href: string | undefined, what: string): void => {
    assert.ok(href, `${doc.path}: ${what} has an href`);
    assert.doesNotMatch(href, /^[a-z]+:/i, 'relative href without a scheme');
    const path = resolveHref(doc.path, href);
    assert.ok(path, `${doc.path}: ${href} resolves`);
    const bytes = pkg.files.get(path);
    assert.ok(bytes, `${doc.path}: ${href} → ${path} exists`);
    assert.equal(attrs.SIZE, String(bytes.length), `${path} SIZE`);
    assert.equal(attrs.CHECKSUM, sha256(bytes), `${path} CHECKSUM`);
    assert.equal(attrs.CHECKSUMTYPE, 'SHA-256');
    assert.equal(attrs.CREATED !== undefined, true, `${path} CREATED`);
    assert.ok(attrs.MIMETYPE, `${path} MIMETYPE`);
    described.push(path);
  };
  for (const { file } of walkFiles(doc)) {
    assert.equal(file.flocats.length, 1, 'exactly one FLocat (CSIP76)');
    const loc = file.flocats[0]!.attrs;
    assert.equal(loc.LOCTYPE, 'URL');
    assert.equal(loc['xlink:type'], 'simple');
    check(file.attrs, loc['xlink:href'], 'file');
  }
  for (const sec of allMdSecs(doc)) {
    assert.equal(sec.attrs.STATUS, 'CURRENT');
    for (const ref of sec.mdRefs) {
      assert.equal(ref.attrs.LOCTYPE, 'URL');
      assert.equal(ref.attrs['xlink:type'], 'simple');
      check(ref.attrs, ref.attrs['xlink:href'], 'mdRef');
    }
  }
  return described;
}

function checkIds(doc: MetsDocument): void {
  for (const [id, occurrences] of doc.ids) {
    assert.match(id, /^[A-Za-z_][A-Za-z0-9._-]*$/, `${doc.path}: ${id} is an NCName`);
    assert.equal(occurrences.length, 1, `${doc.path}: ${id} unique`);
  }
  for (const ref of doc.idRefs)
    assert.ok(doc.ids.has(ref.value), `${doc.path}: ${ref.attr}=${ref.value} resolves`);
}

for (const profile of PROFILES) {
  describe(`writePackage ${profile}`, () => {
    for (const kind of KINDS) {
      test(`${kind}: tree, checksums, references and schemas`, async () => {
        const out = join(work, `${profile}-${kind}`);
        const target = kind === 'folder' ? out : `${out}.${kind}`;
        const written = await writePackage(
          specFor(profile, data),
          { kind, path: target },
          {
            clock: () => FIXED_NOW,
            uuid: counterUuid(),
          },
        );
        assert.equal(written.path, kind === 'folder' ? join(out, written.folderName) : target);
        assert.match(written.objid, /^urn:uuid:[0-9a-f-]{36}$/);
        assert.equal(written.folderName, written.objid, 'the folder is named after the OBJID (CSIPSTR2)');
        assert.equal(written.contentFiles, 5);

        const pkg = await readPackage(written.path);
        assert.deepEqual(pkg.topLevelNames, [written.folderName], 'one root folder (CSIPSTR1)');
        assert.equal(pkg.rootName, written.folderName);
        assert.deepEqual([...pkg.files.keys()].sort(), expectedFiles(profile));
        for (const d of [
          'metadata/descriptive',
          'metadata/preservation',
          'representations/rep1/data/beslut',
          'schemas',
        ]) {
          assert.ok(pkg.dirs.has(d), `directory ${d}`);
        }
        assert.equal(written.files, pkg.files.size);
        assert.equal(
          written.bytes,
          [...pkg.files.values()].reduce((n, b) => n + b.length, 0),
        );

        const root = parse(pkg, 'METS.xml');
        const reps = ['rep1', 'rep2.access'].map((r) => parse(pkg, `representations/${r}/METS.xml`));
        const described = [root, ...reps].flatMap((doc) => {
          checkIds(doc);
          return checkReferences(pkg, doc);
        });
        assert.deepEqual(
          [...described].sort(),
          [...pkg.files.keys()].filter((p) => p !== 'METS.xml').sort(),
          'every file except the root METS is described exactly once',
        );

        const mets = root.mets!.attrs;
        assert.equal(mets.OBJID, written.objid);
        assert.equal(mets.PROFILE, CANONICAL_PROFILE_URL[profile]);
        assert.equal(
          root.metsHdrs[0]!.attrs['csip:OAISPACKAGETYPE'],
          PROFILE_DEFS[profile].packageType ?? 'SIP',
        );
        assert.equal(root.metsHdrs[0]!.attrs.CREATEDATE, FIXED_NOW.toISOString());
        const software = root.metsHdrs[0]!.agents[0]!;
        assert.equal(software.attrs.OTHERTYPE, 'SOFTWARE');
        assert.equal(software.names[0]!.text, 'samarkiv');
        assert.deepEqual(
          [...walkFileGrps(root)].map((g) => g.attrs.USE),
          [
            'Documentation',
            'Schemas',
            'Representations/rep1',
            'Representations/rep2.access',
            ...(profile === 'aip-2.2' ? ['submission'] : []),
          ],
        );
        const top = root.structMaps[0]!.divs[0]!;
        assert.deepEqual(
          top.divs.map((d) => d.attrs.LABEL),
          [
            'Metadata',
            'Documentation',
            'Schemas',
            'Representations',
            'Representations/rep1',
            'Representations/rep2.access',
            ...(profile === 'aip-2.2' ? ['submission'] : []),
          ],
        );
        const groupIds = new Map([...walkFileGrps(root)].map((g) => [g.attrs.USE, g.attrs.ID]));
        for (const div of top.divs.filter((d) => d.attrs.LABEL?.startsWith('Representations/'))) {
          assert.equal(
            div.mptrs[0]!.attrs['xlink:title'],
            groupIds.get(div.attrs.LABEL),
            'mptr title = fileGrp ID (CSIP108)',
          );
        }

        for (const rep of reps) {
          const name = rep.path.split('/')[1]!;
          assert.equal(rep.mets!.attrs.OBJID, name, 'representation OBJID = folder name (CSIP1)');
          assert.ok(rep.mets!.attrs['csip:CONTENTINFORMATIONTYPE'], 'CSIP4 at representation level');
          assert.ok([...walkFileGrps(rep)].some((g) => g.attrs.USE === `Representations/${name}/data`));
        }

        for (const [path, bytes] of pkg.files) {
          if (!/(^|\/)(METS|premis|ead)\.xml$/.test(path) || path.startsWith('submission/')) continue;
          const errors = await validateXml(bytes, { name: path });
          assert.deepEqual(errors, [], `${path} is schema-valid`);
        }
      });
    }
  });
}
