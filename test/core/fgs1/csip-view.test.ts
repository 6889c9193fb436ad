/** fgs1ToCsipView: what a conversion of the 1.x fixture to E-ARK SIP 2.1 would produce. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fgs1ToCsipView } from '../../../src/core/fgs1/view/index.ts';
import { parseMetsString } from '../../../src/core/package/mets-parser.ts';
import { CANONICAL_PROFILE_URL } from '../../../src/core/validation/profiles.ts';
import {
  CONTENT_CATEGORIES,
  CONTENT_INFORMATION_TYPES,
  NOTE_TYPES,
  inVocabulary,
} from '../../../src/core/validation/vocabularies.ts';
import { buildFgs1Fixture, dropAgent, swap, type Fgs1FixtureOptions } from './fixture.ts';

function viewOf(options: Fgs1FixtureOptions = {}, software?: { name: string; version?: string }) {
  const { files } = buildFgs1Fixture(options);
  const xml = new TextDecoder().decode(files.get('sip.xml'));
  return fgs1ToCsipView(parseMetsString('sip.xml', xml), software ? { software } : {});
}

test('package fields: urn:uuid OBJID and folder, SIP 2.1 profile, ERMS → citserms_v2_1', () => {
  const v = viewOf();
  assert.equal(v.objid, 'urn:uuid:9bc10faa-3fff-4a8f-bf9a-638841061065');
  assert.equal(v.folderName, v.objid);
  assert.equal(v.profile, CANONICAL_PROFILE_URL['sip-2.1']);
  assert.equal(v.label, 'Bygglovsärenden 2012–2016');
  assert.equal(v.type, 'Textual works – Digital');
  assert.equal(v.contentInformationType, 'citserms_v2_1');
  assert.equal(v.otherContentInformationType, undefined);
  assert.equal(v.oaisPackageType, 'SIP');
  assert.equal(v.recordStatus, 'NEW');
  assert.deepEqual(v.altRecordIds, [
    { type: 'SUBMISSIONAGREEMENT', value: 'LÖ-2016-17' },
    { type: 'REFERENCECODE', value: 'SE/1281/BN' },
  ]);
});

test('a 1.x type without a 2.x category becomes OTHER, keeping the term and the specification', () => {
  const v = viewOf({ sip: swap('TYPE="ERMS"', 'TYPE="Personnel"') });
  assert.equal(v.type, 'OTHER');
  assert.equal(v.otherType, 'Personnel');
  assert.equal(v.contentInformationType, 'OTHER');
  assert.equal(v.otherContentInformationType, 'FGS Ärendehantering, version 1');
});

test('every converted type and content information type is a CSIP term', () => {
  for (const type of [
    'ERMS',
    'Personnel',
    'Databases',
    'Webpages',
    'GIS',
    'Unstructured',
    'No specification',
  ]) {
    const v = viewOf({ sip: swap('TYPE="ERMS"', `TYPE="${type}"`) });
    assert.ok(inVocabulary(CONTENT_CATEGORIES, v.type) || v.type === 'OTHER', `${type} → ${v.type}`);
    assert.ok(
      inVocabulary(CONTENT_INFORMATION_TYPES, v.contentInformationType),
      `${type} → ${v.contentInformationType}`,
    );
  }
});

test('agents keep role and type; notes get the NOTETYPE CSIP and SIP require', () => {
  const v = viewOf();
  const byFrom = new Map(v.agents.map((a) => [a.from, a]));
  assert.equal(v.agents.length, 7, 'no agent added: the package names its creating software');
  const archivist = byFrom.get('ARCHIVIST/ORGANIZATION');
  assert.deepEqual(archivist?.notes, [{ text: 'ORG:2120001165', noteType: 'IDENTIFICATIONCODE' }]);
  assert.deepEqual(archivist?.requirements, ['SIP9', 'SIP10', 'SIP11', 'SIP12', 'SIP13', 'SIP14']);
  const creatorSoftware = byFrom.get('CREATOR/OTHER(SOFTWARE)');
  assert.deepEqual(creatorSoftware?.notes, [{ text: '1.0', noteType: 'SOFTWARE VERSION' }]);
  assert.equal(creatorSoftware?.requirements[0], 'CSIP10');
  assert.deepEqual(
    byFrom.get('ARCHIVIST/OTHER(SOFTWARE)')?.requirements,
    [],
    'the source system is kept as an extra agent',
  );
  assert.deepEqual(byFrom.get('CREATOR/INDIVIDUAL')?.notes, [{ text: 'anna.andersson@example.se' }]);
  assert.equal(byFrom.get('OTHER(PRODUCER)/ORGANIZATION')?.otherRole, 'PRODUCER');
  for (const a of v.agents)
    for (const n of a.notes) assert.ok(n.noteType === undefined || inVocabulary(NOTE_TYPES, n.noteType));
});

test('without a creating software agent, the conversion names samarkiv (CSIP10–CSIP16)', () => {
  const v = viewOf(
    { sip: dropAgent('<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">') },
    { name: 'samarkiv', version: '0.1.0' },
  );
  assert.deepEqual(v.agents[0], {
    role: 'CREATOR',
    type: 'OTHER',
    otherType: 'SOFTWARE',
    name: 'samarkiv',
    notes: [{ text: '0.1.0', noteType: 'SOFTWARE VERSION' }],
    from: null,
    requirements: ['CSIP10', 'CSIP11', 'CSIP12', 'CSIP13', 'CSIP14', 'CSIP15', 'CSIP16'],
  });
});

test('a submitter becomes the submitting organisation (SIP15) only when there is none', () => {
  const submitter = (x: string): string =>
    x.replace('ROLE="OTHER" OTHERROLE="PRODUCER"', 'ROLE="OTHER" OTHERROLE="SUBMITTER"');
  const kept = viewOf({ sip: submitter }).agents.find((a) => a.from === 'OTHER(SUBMITTER)/ORGANIZATION');
  assert.equal(kept?.role, 'OTHER');
  const promoted = viewOf({
    sip: (x) => dropAgent('<mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">')(submitter(x)),
  }).agents.find((a) => a.from === 'OTHER(SUBMITTER)/ORGANIZATION');
  assert.equal(promoted?.role, 'CREATOR');
  assert.equal(promoted?.otherRole, undefined);
  assert.equal(promoted?.requirements[0], 'SIP15');
});

test('files: content → representations/rep1/data, schemas → schemas/, facts carried, original name kept', () => {
  const v = viewOf();
  assert.deepEqual(
    v.files.map((f) => [f.source, f.target, f.group]),
    [
      [
        'content/1/beslut_bygglov.pdf',
        'representations/rep1/data/1/beslut_bygglov.pdf',
        'Representations/rep1',
      ],
      [
        'content/2/arendehantering.xml',
        'representations/rep1/data/2/arendehantering.xml',
        'Representations/rep1',
      ],
      ['System/arendehantering.xsd', 'schemas/arendehantering.xsd', 'Schemas'],
    ],
  );
  const pdf = v.files[0];
  assert.equal(pdf?.originalName, 'Beslut bygglov.pdf');
  assert.equal(pdf?.checksumType, 'SHA-256');
  assert.equal(pdf?.mimeType, 'application/pdf');
  assert.deepEqual(v.metadata, [
    {
      href: 'file:///metadata/premis.xml',
      source: 'metadata/premis.xml',
      target: 'metadata/preservation/premis.xml',
      section: 'digiprovMD',
      mdType: 'PREMIS',
    },
  ]);
});

test('Content/ in any letter case is content; a dangling href has no target', () => {
  const v = viewOf({
    sip: (x) =>
      x
        .replace('file:///content/1/', 'file:///Content/1/')
        .replace('file:///System/', 'https://example.org/'),
  });
  assert.equal(v.files[0]?.target, 'representations/rep1/data/1/beslut_bygglov.pdf');
  assert.equal(v.files[2]?.source, null);
  assert.equal(v.files[2]?.target, null);
});

test('ext: attributes without a METS field are carried to metadata; unknown ones are dropped and listed', () => {
  const v = viewOf({
    sip: swap('ext:PACKAGENUMBER="1"', 'ext:PACKAGENUMBER="1" ext:ORGANIZATIONNAME="Lunds kommun"'),
  });
  const carried = new Map(v.carried.map((c) => [c.from, c]));
  assert.equal(carried.get('mets/@ext:ARCHIVALNAME')?.value, 'Byggnadsnämnden');
  assert.match(carried.get('mets/@ext:ARCHIVALNAME')?.to.en ?? '', /unittitle/);
  assert.match(carried.get('mets/@ext:ACCESSRESTRICT')?.to.sv ?? '', /accessrestrict/);
  assert.ok(!carried.has('mets/metsHdr/@ext:OAISTYPE'), 'OAISTYPE becomes csip:OAISPACKAGETYPE, a field');
  assert.ok(!carried.has('mets/@ext:CONTENTTYPESPECIFICATION'), 'it becomes the content information type');
  assert.deepEqual(
    v.dropped.map((d) => [d.from, d.value]),
    [['mets/@ext:ORGANIZATIONNAME', 'Lunds kommun']],
  );
});

test('the view is a pure function of the METS model', () => {
  const { files } = buildFgs1Fixture();
  const doc = parseMetsString('sip.xml', new TextDecoder().decode(files.get('sip.xml')));
  const before = JSON.stringify(doc, (_k, value: unknown) => (value instanceof Map ? [...value] : value));
  assert.deepEqual(fgs1ToCsipView(doc), fgs1ToCsipView(doc));
  assert.equal(
    JSON.stringify(doc, (_k, value: unknown) => (value instanceof Map ? [...value] : value)),
    before,
  );
});

test('a document with no mets content yields empty fields, not an exception', () => {
  const v = fgs1ToCsipView(parseMetsString('sip.xml', '<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>'));
  assert.equal(v.objid, null);
  assert.equal(v.type, 'OTHER');
  assert.deepEqual(v.files, []);
  assert.equal(v.agents.length, 1, 'only the creating software the conversion adds');
});
