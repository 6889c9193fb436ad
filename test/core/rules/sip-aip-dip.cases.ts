/**
 * Rule cases for SIP1–SIP35, REF_CSIP_1–3, REF_METS_1–2, AIPM1–AIPM7, DIP1–DIP4 and the SAMARKIV
 * rules. Each case takes the valid fixture and makes one edit; edits throw when the fixture text
 * they target is missing, so a fixture change cannot turn a case silently green.
 */
import { CANONICAL_PROFILE_URL, type ProfileId } from '../../../src/core/validation/profiles.ts';
import type { Outcome } from '../../support/check-rule.ts';
import type { FileTree } from '../../support/fixture-package.ts';
import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';
import { ALL, chain, type Edit, edit as swap, type Fixture, REP_AMDSEC } from './fixture-edits.ts';

// The SIP agents of the fixture's package METS (test/support/fixture-package.ts).
const ARCHIVIST = '<mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">';
const SUBMITTER = '<mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">';
const CONTACT = '<mets:agent ROLE="CREATOR" TYPE="INDIVIDUAL">';
const PRESERVATION = '<mets:agent ROLE="PRESERVATION" TYPE="ORGANIZATION">';

/** Edits the whole agent element that starts with the given start tag. */
function agent(open: string, edit: (block: string) => string): Edit {
  return (xml) => {
    const start = xml.indexOf(open);
    if (start < 0) throw new Error(`fixture agent not found: ${open}`);
    const end = xml.indexOf('</mets:agent>', start) + '</mets:agent>'.length;
    return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
  };
}

const removeAgent = (open: string): Edit => agent(open, () => '');
const doubleAgent = (open: string): Edit => agent(open, (b) => `${b}\n    ${b}`);
const retag = (open: string, to: string): Edit => agent(open, (b) => b.replace(open, to));
const NOTE = /<mets:note[^>]*>[^<]*<\/mets:note>/;
const removeNote = (open: string): Edit => agent(open, (b) => b.replace(NOTE, ''));
const emptyNote = (open: string): Edit =>
  agent(open, (b) => b.replace(NOTE, (n) => n.replace(/>[^<]*</, '><')));
const secondNote = (open: string): Edit =>
  agent(open, (b) =>
    b.replace(
      NOTE,
      (n) => `${n}\n      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">ORG:0000000000</mets:note>`,
    ),
  );
const emptyName = (open: string): Edit =>
  agent(open, (b) => b.replace(/<mets:name>[^<]*<\/mets:name>/, '<mets:name> </mets:name>'));
const removeName = (open: string): Edit =>
  agent(open, (b) => b.replace(/\s*<mets:name>[^<]*<\/mets:name>/, ''));

const OBJID = 'OBJID="uuid-3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f"';
const DMDSEC_OPEN = '<mets:dmdSec ID="dmd-ead" CREATED="2026-11-20T10:00:00+01:00" STATUS="CURRENT">';
const removeDmdSec = swap(/<mets:dmdSec[\s\S]*?<\/mets:dmdSec>/, '');
const removeAmdSec = swap(/<mets:amdSec[\s\S]*?<\/mets:amdSec>/, '');
/** No amdSec in any METS document (the package's and the representation's). */
const NO_AMDSEC: Fixture = { rootMets: removeAmdSec, repMets: swap(REP_AMDSEC, '') };
const addToFile = (attrs: string): Edit =>
  swap('<mets:file ID="file-doc-1"', `<mets:file ID="file-doc-1" ${attrs}`);
const addAltRecordId = (type: string, value: string): Edit =>
  swap(
    '</mets:metsHdr>',
    `  <mets:altRecordID TYPE="${type}">${value}</mets:altRecordID>\n  </mets:metsHdr>`,
  );
const packageType = (from: string, to: string): Edit =>
  swap(`csip:OAISPACKAGETYPE="${from}"`, `csip:OAISPACKAGETYPE="${to}"`);
const profileUrl = (profile: ProfileId, to: string): Edit =>
  swap(`PROFILE="${CANONICAL_PROFILE_URL[profile]}"`, `PROFILE="${to}"`);

const SIPS: readonly ProfileId[] = ['sip-2.1', 'sip-2.2'];

/** A profile ID fit for a case name: 'sip-2.1' → 'sip21'. */
const tag = (p: ProfileId): string => p.replace(/[-.]/g, '');

/** A case's change: an edit of the package METS, or a whole fixture. */
type Change = Edit | Fixture;
const fixtureOf = (change: Change): Fixture => (typeof change === 'function' ? { rootMets: change } : change);

function pass(id: string, name: string, profile: ProfileId, change?: Change): RuleCase {
  return { id, name, profile, expect: 'passed', ...(change ? { fixture: fixtureOf(change) } : {}) };
}
function fail(id: string, name: string, profile: ProfileId, change: Change): RuleCase {
  return { id, name, profile, expect: 'failed', fixture: fixtureOf(change) };
}
function na(id: string, name: string, profile: ProfileId, change?: Change): RuleCase {
  return { id, name, profile, expect: 'not-applicable', ...(change ? { fixture: fixtureOf(change) } : {}) };
}
const noMets = (id: string, expect: RuleCase['expect'], profile: ProfileId = 'sip-2.2'): RuleCase => ({
  id,
  name: `${expect === 'failed' ? 'fail' : 'na'}-no-package-mets`,
  profile,
  expect,
  fixture: { files: (f) => void f.delete('METS.xml') },
});

const SIP_CASES: RuleCase[] = [
  pass('SIP1', 'pass-label', 'sip-2.2'),
  na('SIP1', 'na-no-label', 'sip-2.2', swap(' LABEL="Bygglov 2019"', '')),
  fail('SIP1', 'fail-blank-label', 'sip-2.2', swap('LABEL="Bygglov 2019"', 'LABEL="  "')),
  noMets('SIP1', 'not-applicable'),

  ...SIPS.map((p) => pass('SIP2', `pass-profile-url-${tag(p)}`, p)),
  fail('SIP2', 'fail-sip21-url-in-sip22', 'sip-2.2', profileUrl('sip-2.2', CANONICAL_PROFILE_URL['sip-2.1'])),
  fail(
    'SIP2',
    'fail-versioned-url-in-sip21',
    'sip-2.1',
    profileUrl('sip-2.1', 'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-1-0.xml'),
  ),
  fail(
    'SIP2',
    'fail-csip-url',
    'sip-2.2',
    profileUrl('sip-2.2', 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml'),
  ),
  noMets('SIP2', 'failed'),

  pass('SIP3', 'pass-new', 'sip-2.2'),
  pass('SIP3', 'pass-supplement', 'sip-2.2', swap('RECORDSTATUS="NEW"', 'RECORDSTATUS="SUPPLEMENT"')),
  na('SIP3', 'na-not-set', 'sip-2.2', swap(' RECORDSTATUS="NEW"', '')),
  fail('SIP3', 'fail-lower-case', 'sip-2.2', swap('RECORDSTATUS="NEW"', 'RECORDSTATUS="new"')),
  fail('SIP3', 'fail-not-in-vocabulary', 'sip-2.1', swap('RECORDSTATUS="NEW"', 'RECORDSTATUS="ARCHIVED"')),

  ...SIPS.map((p) => pass('SIP4', `pass-sip-${tag(p)}`, p)),
  fail('SIP4', 'fail-aip', 'sip-2.2', packageType('SIP', 'AIP')),
  noMets('SIP4', 'failed'),

  pass('SIP5', 'pass-one', 'sip-2.2'),
  na(
    'SIP5',
    'na-none',
    'sip-2.2',
    swap(/\s*<mets:altRecordID TYPE="SUBMISSIONAGREEMENT">[^<]*<\/mets:altRecordID>/, ''),
  ),
  fail('SIP5', 'fail-two', 'sip-2.2', addAltRecordId('SUBMISSIONAGREEMENT', 'LÖ-2026-18')),
  fail(
    'SIP5',
    'fail-lower-case-type',
    'sip-2.1',
    swap('TYPE="SUBMISSIONAGREEMENT"', 'TYPE="submissionagreement"'),
  ),
  fail('SIP5', 'fail-empty', 'sip-2.2', swap('>LÖ-2026-17<', '><')),

  na('SIP6', 'na-none', 'sip-2.2'),
  pass(
    'SIP6',
    'pass-two',
    'sip-2.2',
    chain(
      addAltRecordId('PREVIOUSSUBMISSIONAGREEMENT', 'LÖ-2019-3'),
      addAltRecordId('PREVIOUSSUBMISSIONAGREEMENT', 'LÖ-2022-9'),
    ),
  ),
  fail('SIP6', 'fail-empty', 'sip-2.2', addAltRecordId('PREVIOUSSUBMISSIONAGREEMENT', ' ')),

  pass('SIP7', 'pass-one', 'sip-2.2'),
  na(
    'SIP7',
    'na-none',
    'sip-2.2',
    swap(/\s*<mets:altRecordID TYPE="REFERENCECODE">[^<]*<\/mets:altRecordID>/, ''),
  ),
  fail('SIP7', 'fail-two', 'sip-2.2', addAltRecordId('REFERENCECODE', 'SE/1281/KS')),

  na('SIP8', 'na-none', 'sip-2.2'),
  pass('SIP8', 'pass-one', 'sip-2.2', addAltRecordId('PREVIOUSREFERENCECODE', 'SE/FM/123/123.1')),
  fail('SIP8', 'fail-misspelt-type', 'sip-2.2', addAltRecordId('PreviousReferenceCode', 'SE/FM/123/123.1')),

  pass('SIP9', 'pass-one', 'sip-2.2'),
  na('SIP9', 'na-none', 'sip-2.2', removeAgent(ARCHIVIST)),
  fail('SIP9', 'fail-two', 'sip-2.2', doubleAgent(ARCHIVIST)),

  pass('SIP10', 'pass-archivist', 'sip-2.2'),
  fail(
    'SIP10',
    'fail-mixed-case',
    'sip-2.2',
    retag(ARCHIVIST, '<mets:agent ROLE="Archivist" TYPE="ORGANIZATION">'),
  ),
  na('SIP10', 'na-no-archival-creator', 'sip-2.2', removeAgent(ARCHIVIST)),

  pass('SIP11', 'pass-organization', 'sip-2.2'),
  pass(
    'SIP11',
    'pass-individual',
    'sip-2.2',
    retag(ARCHIVIST, '<mets:agent ROLE="ARCHIVIST" TYPE="INDIVIDUAL">'),
  ),
  fail(
    'SIP11',
    'fail-other',
    'sip-2.2',
    retag(ARCHIVIST, '<mets:agent ROLE="ARCHIVIST" TYPE="OTHER" OTHERTYPE="DEPARTMENT">'),
  ),
  fail('SIP11', 'fail-missing', 'sip-2.2', retag(ARCHIVIST, '<mets:agent ROLE="ARCHIVIST">')),

  ...SIPS.map((p) => pass('SIP12', `pass-name-${tag(p)}`, p)),
  ...SIPS.map((p) => fail('SIP12', `fail-blank-name-${tag(p)}`, p, emptyName(ARCHIVIST))),
  fail('SIP12', 'fail-no-name', 'sip-2.2', removeName(ARCHIVIST)),

  pass('SIP13', 'pass-one-note', 'sip-2.2'),
  na('SIP13', 'na-no-note', 'sip-2.2', removeNote(ARCHIVIST)),
  fail('SIP13', 'fail-two-notes', 'sip-2.2', secondNote(ARCHIVIST)),
  fail('SIP13', 'fail-empty-note', 'sip-2.2', emptyNote(ARCHIVIST)),

  pass('SIP14', 'pass-identificationcode', 'sip-2.2'),
  fail(
    'SIP14',
    'fail-untyped-note',
    'sip-2.2',
    agent(ARCHIVIST, (b) => b.replace(' csip:NOTETYPE="IDENTIFICATIONCODE"', '')),
  ),
  na('SIP14', 'na-no-note', 'sip-2.2', removeNote(ARCHIVIST)),

  ...SIPS.map((p) => pass('SIP15', `pass-one-submitter-${tag(p)}`, p)),
  pass(
    'SIP15',
    'pass-other-submitter',
    'sip-2.2',
    retag(SUBMITTER, '<mets:agent ROLE="OTHER" OTHERROLE="SUBMITTER" TYPE="ORGANIZATION">'),
  ),
  pass('SIP15', 'pass-individual-submitter', 'sip-2.2', removeAgent(SUBMITTER)),
  fail('SIP15', 'fail-none', 'sip-2.2', chain(removeAgent(SUBMITTER), removeAgent(CONTACT))),
  fail('SIP15', 'fail-two-organisations', 'sip-2.2', doubleAgent(SUBMITTER)),
  noMets('SIP15', 'failed'),

  pass('SIP16', 'pass-creator', 'sip-2.2'),
  pass(
    'SIP16',
    'pass-other-submitter',
    'sip-2.2',
    retag(SUBMITTER, '<mets:agent ROLE="OTHER" OTHERROLE="SUBMITTER" TYPE="ORGANIZATION">'),
  ),
  fail(
    'SIP16',
    'fail-lower-case',
    'sip-2.2',
    retag(SUBMITTER, '<mets:agent ROLE="creator" TYPE="ORGANIZATION">'),
  ),
  fail(
    'SIP16',
    'fail-lower-case-otherrole',
    'sip-2.2',
    retag(SUBMITTER, '<mets:agent ROLE="OTHER" OTHERROLE="submitter" TYPE="ORGANIZATION">'),
  ),
  na('SIP16', 'na-no-submitter', 'sip-2.2', chain(removeAgent(SUBMITTER), removeAgent(CONTACT))),

  pass('SIP17', 'pass-organization', 'sip-2.2'),
  pass('SIP17', 'pass-individual', 'sip-2.2', removeAgent(SUBMITTER)),
  fail(
    'SIP17',
    'fail-lower-case',
    'sip-2.2',
    retag(SUBMITTER, '<mets:agent ROLE="CREATOR" TYPE="organization">'),
  ),
  fail('SIP17', 'fail-missing', 'sip-2.2', retag(SUBMITTER, '<mets:agent ROLE="CREATOR">')),

  ...SIPS.map((p) => pass('SIP18', `pass-name-${tag(p)}`, p)),
  ...SIPS.map((p) => fail('SIP18', `fail-no-name-${tag(p)}`, p, removeName(SUBMITTER))),

  pass('SIP19', 'pass-one-note', 'sip-2.2'),
  na('SIP19', 'na-no-note', 'sip-2.2', removeNote(SUBMITTER)),
  fail('SIP19', 'fail-two-notes', 'sip-2.2', secondNote(SUBMITTER)),

  pass('SIP20', 'pass-identificationcode', 'sip-2.2'),
  fail(
    'SIP20',
    'fail-wrong-notetype',
    'sip-2.2',
    agent(SUBMITTER, (b) => b.replace('"IDENTIFICATIONCODE"', '"IDENTIFICATION CODE"')),
  ),
  na('SIP20', 'na-no-note', 'sip-2.2', removeNote(SUBMITTER)),

  pass('SIP21', 'pass-contact', 'sip-2.2'),
  na('SIP21', 'na-no-contact', 'sip-2.2', removeAgent(CONTACT)),

  pass('SIP22', 'pass-creator', 'sip-2.2'),
  pass(
    'SIP22',
    'pass-other-submitter',
    'sip-2.2',
    retag(CONTACT, '<mets:agent ROLE="OTHER" OTHERROLE="SUBMITTER" TYPE="INDIVIDUAL">'),
  ),
  fail(
    'SIP22',
    'fail-mixed-case',
    'sip-2.2',
    retag(CONTACT, '<mets:agent ROLE="Creator" TYPE="INDIVIDUAL">'),
  ),
  na('SIP22', 'na-no-contact', 'sip-2.2', removeAgent(CONTACT)),

  pass('SIP23', 'pass-individual', 'sip-2.2'),
  fail(
    'SIP23',
    'fail-lower-case',
    'sip-2.2',
    retag(CONTACT, '<mets:agent ROLE="CREATOR" TYPE="individual">'),
  ),

  pass('SIP24', 'pass-name', 'sip-2.2'),
  fail('SIP24', 'fail-blank-name', 'sip-2.2', emptyName(CONTACT)),

  pass('SIP25', 'pass-contact-note', 'sip-2.2'),
  na('SIP25', 'na-no-note', 'sip-2.2', removeNote(CONTACT)),
  fail('SIP25', 'fail-empty-note', 'sip-2.2', emptyNote(CONTACT)),

  pass('SIP26', 'pass-one', 'sip-2.2'),
  na('SIP26', 'na-none', 'sip-2.2', removeAgent(PRESERVATION)),
  fail('SIP26', 'fail-two', 'sip-2.2', doubleAgent(PRESERVATION)),

  pass('SIP27', 'pass-preservation', 'sip-2.2'),
  fail(
    'SIP27',
    'fail-mixed-case',
    'sip-2.2',
    retag(PRESERVATION, '<mets:agent ROLE="Preservation" TYPE="ORGANIZATION">'),
  ),

  pass('SIP28', 'pass-organization', 'sip-2.2'),
  fail(
    'SIP28',
    'fail-individual',
    'sip-2.2',
    retag(PRESERVATION, '<mets:agent ROLE="PRESERVATION" TYPE="INDIVIDUAL">'),
  ),

  ...SIPS.map((p) => pass('SIP29', `pass-name-${tag(p)}`, p)),
  ...SIPS.map((p) => fail('SIP29', `fail-no-name-${tag(p)}`, p, removeName(PRESERVATION))),

  pass('SIP30', 'pass-one-note', 'sip-2.2'),
  na('SIP30', 'na-no-note', 'sip-2.2', removeNote(PRESERVATION)),
  fail('SIP30', 'fail-two-notes', 'sip-2.2', secondNote(PRESERVATION)),

  pass('SIP31', 'pass-identificationcode', 'sip-2.2'),
  fail(
    'SIP31',
    'fail-untyped-note',
    'sip-2.2',
    agent(PRESERVATION, (b) => b.replace(' csip:NOTETYPE="IDENTIFICATIONCODE"', '')),
  ),
  na('SIP31', 'na-no-note', 'sip-2.2', removeNote(PRESERVATION)),

  na('SIP32', 'na-no-format-name', 'sip-2.2'),
  pass('SIP32', 'pass-format-name', 'sip-2.2', addToFile('sip:FILEFORMATNAME="Plain text"')),
  {
    id: 'SIP32',
    name: 'pass-format-name-in-representation',
    profile: 'sip-2.1',
    expect: 'passed',
    fixture: {
      repMets: swap(
        '<mets:file ID="rep-file-1"',
        '<mets:file ID="rep-file-1" sip:FILEFORMATNAME="Plain text"',
      ),
    },
  },
  fail('SIP32', 'fail-blank', 'sip-2.2', addToFile('sip:FILEFORMATNAME=""')),

  na('SIP33', 'na-no-format-version', 'sip-2.2'),
  pass('SIP33', 'pass-format-version', 'sip-2.2', addToFile('sip:FILEFORMATVERSION="1.0"')),
  fail('SIP33', 'fail-blank', 'sip-2.2', addToFile('sip:FILEFORMATVERSION=" "')),

  na('SIP34', 'na-no-registry', 'sip-2.2'),
  pass('SIP34', 'pass-profile-name', 'sip-2.2', addToFile('sip:FILEFORMATREGISTRY="PRONOM"')),
  pass('SIP34', 'pass-schema-name', 'sip-2.2', addToFile('sip:FORMATREGISTRY="PRONOM"')),
  fail(
    'SIP34',
    'fail-spellings-disagree',
    'sip-2.2',
    addToFile('sip:FILEFORMATREGISTRY="PRONOM" sip:FORMATREGISTRY="LOC FDD"'),
  ),
  fail('SIP34', 'fail-blank', 'sip-2.2', addToFile('sip:FORMATREGISTRY=""')),

  na('SIP35', 'na-no-key', 'sip-2.2'),
  pass(
    'SIP35',
    'pass-pronom-key',
    'sip-2.2',
    addToFile('sip:FILEFORMATREGISTRY="PRONOM" sip:FILEFORMATKEY="x-fmt/111"'),
  ),
  pass(
    'SIP35',
    'pass-schema-names',
    'sip-2.2',
    addToFile('sip:FORMATREGISTRY="PRONOM" sip:FORMATREGISTRYKEY="fmt/101"'),
  ),
  fail('SIP35', 'fail-key-without-registry', 'sip-2.2', addToFile('sip:FILEFORMATKEY="fmt/101"')),
  fail(
    'SIP35',
    'fail-not-a-pronom-puid',
    'sip-2.2',
    addToFile('sip:FORMATREGISTRY="PRONOM" sip:FORMATREGISTRYKEY="PDF/A-1b"'),
  ),
];

const REF_CASES: RuleCase[] = [
  ...SIPS.map((p) => pass('REF_CSIP_1', `pass-dmdsec-${tag(p)}`, p)),
  fail(
    'REF_CSIP_1',
    'fail-dmdsec-created-not-datetime',
    'sip-2.2',
    swap(DMDSEC_OPEN, DMDSEC_OPEN.replace('2026-11-20T10:00:00+01:00', 'yesterday')),
  ),
  fail('REF_CSIP_1', 'fail-dmdsec-without-id', 'sip-2.1', swap('<mets:dmdSec ID="dmd-ead"', '<mets:dmdSec')),
  na('REF_CSIP_1', 'na-no-dmdsec', 'sip-2.2', removeDmdSec),
  pass('REF_CSIP_1', 'pass-dip-amdsec', 'dip-2.2'),
  fail(
    'REF_CSIP_1',
    'fail-dip-digiprovmd-without-id',
    'dip-2.2',
    swap('<mets:digiprovMD ID="digiprov-premis"', '<mets:digiprovMD'),
  ),
  na('REF_CSIP_1', 'na-dip-no-amdsec', 'dip-2.2', NO_AMDSEC),

  pass('REF_CSIP_2', 'pass-amdsec', 'sip-2.2'),
  fail(
    'REF_CSIP_2',
    'fail-digiprovmd-without-id',
    'sip-2.2',
    swap('<mets:digiprovMD ID="digiprov-premis"', '<mets:digiprovMD'),
  ),
  fail(
    'REF_CSIP_2',
    'fail-digiprovmd-empty',
    'sip-2.2',
    swap(/(<mets:digiprovMD[^>]*>)\s*<mets:mdRef[^>]*\/>/, '$1'),
  ),
  na('REF_CSIP_2', 'na-no-amdsec', 'sip-2.2', NO_AMDSEC),
  fail('REF_CSIP_2', 'fail-rep-digiprovmd-without-id', 'sip-2.2', {
    repMets: swap('<mets:digiprovMD ID="rep-digiprov-premis"', '<mets:digiprovMD'),
  }),
  pass('REF_CSIP_2', 'pass-dip-filesec', 'dip-2.2'),
  fail(
    'REF_CSIP_2',
    'fail-dip-filegrp-without-use',
    'dip-2.2',
    swap('<mets:fileGrp ID="grp-doc" USE="Documentation">', '<mets:fileGrp ID="grp-doc">'),
  ),
  fail(
    'REF_CSIP_2',
    'fail-dip-file-without-flocat',
    'dip-2.2',
    swap(/(<mets:file ID="file-doc-1"[^>]*>)\s*<mets:FLocat[^>]*\/>/, '$1'),
  ),

  ...(['sip-2.1', 'sip-2.2', 'dip-2.2'] as const).map((p) =>
    pass('REF_CSIP_3', `pass-structmap-${tag(p)}`, p),
  ),
  fail('REF_CSIP_3', 'fail-no-csip-structmap', 'sip-2.2', swap('LABEL="CSIP"', 'LABEL="Package"')),
  fail('REF_CSIP_3', 'fail-dip-div-without-id', 'dip-2.2', swap('<mets:div ID="div-root"', '<mets:div')),
  noMets('REF_CSIP_3', 'failed'),

  ...(['csip-2.2', 'sip-2.1', 'dip-2.2'] as const).map((p) =>
    na('REF_METS_1', `na-no-structlink-${tag(p)}`, p),
  ),
  pass(
    'REF_METS_1',
    'pass-structlink',
    'csip-2.1',
    swap(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:structLink><mets:smLink xlink:from="div-doc" xlink:to="div-schemas"/></mets:structLink>',
    ),
  ),
  pass(
    'REF_METS_1',
    'pass-structlink-sip',
    'sip-2.2',
    swap(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:structLink><mets:smLink xlink:from="div-doc" xlink:to="div-schemas"/></mets:structLink>',
    ),
  ),
  ...(['csip-2.2', 'sip-2.2'] as const).map((p) => na('REF_METS_2', `na-no-behaviorsec-${tag(p)}`, p)),
  pass(
    'REF_METS_2',
    'pass-behaviorsec',
    'sip-2.2',
    swap(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:behaviorSec ID="behavior-1"><mets:behavior BTYPE="viewer"><mets:mechanism LOCTYPE="URL" xlink:href="https://example.org/viewer"/></mets:behavior></mets:behaviorSec>',
    ),
  ),
];

const AIP_CASES: RuleCase[] = [
  pass('AIPM1', 'pass-objid', 'aip-2.2'),
  fail('AIPM1', 'fail-empty-objid', 'aip-2.2', swap(OBJID, 'OBJID=""')),
  fail('AIPM1', 'fail-no-objid', 'aip-2.2', swap(` ${OBJID}`, '')),
  noMets('AIPM1', 'failed', 'aip-2.2'),

  pass('AIPM2', 'pass-test-url', 'aip-2.2'),
  fail(
    'AIPM2',
    'fail-earkaip-host',
    'aip-2.2',
    profileUrl('aip-2.2', 'https://earkaip.dilcis.eu/profile/E-ARK-AIP-v2-2-0.xml'),
  ),
  fail(
    'AIPM2',
    'fail-csip-url',
    'aip-2.2',
    profileUrl('aip-2.2', 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml'),
  ),

  pass('AIPM3', 'pass-aip', 'aip-2.2'),
  fail('AIPM3', 'fail-sip', 'aip-2.2', packageType('AIP', 'SIP')),

  pass('AIPM4', 'pass-current', 'aip-2.2'),
  fail(
    'AIPM4',
    'fail-only-superseded',
    'aip-2.2',
    swap(DMDSEC_OPEN, DMDSEC_OPEN.replace('CURRENT', 'SUPERSEDED')),
  ),
  fail('AIPM4', 'fail-no-status', 'aip-2.2', swap(DMDSEC_OPEN, DMDSEC_OPEN.replace(' STATUS="CURRENT"', ''))),
  fail('AIPM4', 'fail-lower-case', 'aip-2.2', swap(DMDSEC_OPEN, DMDSEC_OPEN.replace('CURRENT', 'current'))),
  na('AIPM4', 'na-no-dmdsec', 'aip-2.2', removeDmdSec),

  pass('AIPM5', 'pass-digiprov-mdref', 'aip-2.2'),
  fail('AIPM5', 'fail-no-amdsec', 'aip-2.2', removeAmdSec),
  fail(
    'AIPM5',
    'fail-mdwrap-only',
    'aip-2.2',
    swap(/<mets:mdRef[^>]*premis\.xml[^>]*\/>/, '<mets:mdWrap MDTYPE="PREMIS"><mets:xmlData/></mets:mdWrap>'),
  ),

  pass('AIPM6', 'pass-premis', 'aip-2.2'),
  pass('AIPM6', 'pass-premis-event', 'aip-2.2', swap('MDTYPE="PREMIS"', 'MDTYPE="PREMIS:EVENT"')),
  fail('AIPM6', 'fail-other', 'aip-2.2', swap('MDTYPE="PREMIS"', 'MDTYPE="OTHER" OTHERMDTYPE="LOG"')),
  na('AIPM6', 'na-no-digiprov', 'aip-2.2', removeAmdSec),

  pass('AIPM7', 'pass-premis-3', 'aip-2.2'),
  fail(
    'AIPM7',
    'fail-premis-2',
    'aip-2.2',
    swap('MDTYPE="PREMIS" MDTYPEVERSION="3.0"', 'MDTYPE="PREMIS" MDTYPEVERSION="2.2"'),
  ),
  fail('AIPM7', 'fail-no-version', 'aip-2.2', swap('MDTYPE="PREMIS" MDTYPEVERSION="3.0"', 'MDTYPE="PREMIS"')),
  na('AIPM7', 'na-no-premis', 'aip-2.2', swap('MDTYPE="PREMIS"', 'MDTYPE="OTHER" OTHERMDTYPE="LOG"')),
];

const DIP_CASES: RuleCase[] = [
  pass('DIP1', 'pass-objid', 'dip-2.2'),
  fail('DIP1', 'fail-empty-objid', 'dip-2.2', swap(OBJID, 'OBJID=" "')),
  noMets('DIP1', 'failed', 'dip-2.2'),

  pass('DIP2', 'pass-profile-url', 'dip-2.2'),
  fail(
    'DIP2',
    'fail-earksip-host',
    'dip-2.2',
    profileUrl('dip-2.2', 'https://earksip.dilcis.eu/profile/E-ARK-DIP.xml'),
  ),
  fail(
    'DIP2',
    'fail-versioned-url',
    'dip-2.2',
    profileUrl('dip-2.2', 'https://earkdip.dilcis.eu/profile/E-ARK-DIP-v2-2-0.xml'),
  ),

  pass('DIP3', 'pass-dip', 'dip-2.2'),
  fail('DIP3', 'fail-aip', 'dip-2.2', packageType('DIP', 'AIP')),

  pass('DIP4', 'pass-current', 'dip-2.2'),
  fail('DIP4', 'fail-superseded', 'dip-2.2', swap(DMDSEC_OPEN, DMDSEC_OPEN.replace('CURRENT', 'SUPERSEDED'))),
  fail('DIP4', 'fail-no-status', 'dip-2.2', swap(DMDSEC_OPEN, DMDSEC_OPEN.replace(' STATUS="CURRENT"', ''))),
  na('DIP4', 'na-no-dmdsec', 'dip-2.2', removeDmdSec),
];

const enc = new TextEncoder();
const SUBMISSION_GRP = `<mets:fileGrp ID="grp-submission" USE="Submission">
      <mets:file ID="file-sub-mets" MIMETYPE="application/xml" SIZE="1" CREATED="2026-11-20T10:00:00+01:00" CHECKSUM="00" CHECKSUMTYPE="SHA-256">
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="submission/METS.xml"/>
      </mets:file>
    </mets:fileGrp>
  </mets:fileSec>`;

/** A case gathered with the real XSD validator over the shipped schemas. */
function xsd(id: string, name: string, profile: ProfileId, expect: Outcome, fixture: Fixture = {}): RuleCase {
  return { id, name, profile, expect, fixture: { ...fixture, schemaValidation: true } };
}

/** Edits the text of one file of the tree (after checksums were computed). */
function replaceIn(path: string, from: string | RegExp, to: string): (files: FileTree) => void {
  return (files) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`fixture has no ${path}`);
    files.set(path, enc.encode(swap(from, to)(new TextDecoder().decode(bytes))));
  };
}

const SAMARKIV_CASES: RuleCase[] = [
  na('SAMARKIV-XSD-1', 'na-schema-validation-not-run', 'sip-2.2'),
  fail('SAMARKIV-XSD-1', 'fail-root-mets-not-well-formed', 'sip-2.2', swap('</mets:mets>', '')),
  {
    id: 'SAMARKIV-XSD-1',
    name: 'fail-representation-mets-not-well-formed',
    profile: 'csip-2.2',
    expect: 'failed',
    fixture: { repMets: swap('</mets:fileSec>', '</mets:fileSec') },
  },
  ...ALL.map((p) => xsd('SAMARKIV-XSD-1', `pass-valid-mets-${tag(p)}`, p, 'passed')),
  // METS orders metsHdr, dmdSec, amdSec, fileSec: an amdSec before the dmdSec is well-formed but invalid.
  xsd('SAMARKIV-XSD-1', 'fail-root-mets-amdsec-before-dmdsec', 'sip-2.2', 'failed', {
    rootMets: swap(
      /(\s*<mets:dmdSec[\s\S]*?<\/mets:dmdSec>)(\s*<mets:amdSec[\s\S]*?<\/mets:amdSec>)/,
      '$2$1',
    ),
  }),
  xsd('SAMARKIV-XSD-1', 'fail-representation-mets-unknown-attribute', 'csip-2.1', 'failed', {
    repMets: swap('<mets:file ID="rep-file-1"', '<mets:file ID="rep-file-1" FORMAT="text"'),
  }),
  xsd('SAMARKIV-XSD-1', 'fail-checksumtype-not-in-enumeration', 'aip-2.2', 'failed', {
    rootMets: swap('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="SHA256"'),
  }),

  na('SAMARKIV-XSD-2', 'na-schema-validation-not-run', 'sip-2.2'),
  ...ALL.map((p) => xsd('SAMARKIV-XSD-2', `pass-valid-ead-and-premis-${tag(p)}`, p, 'passed')),
  xsd('SAMARKIV-XSD-2', 'fail-ead-without-did', 'sip-2.2', 'failed', {
    files: replaceIn('metadata/descriptive/ead.xml', /<did>[\s\S]*<\/did>/, ''),
  }),
  xsd('SAMARKIV-XSD-2', 'fail-premis-object-without-identifier', 'csip-2.2', 'failed', {
    files: replaceIn(
      'metadata/preservation/premis.xml',
      /<premis:objectIdentifier>[\s\S]*<\/premis:objectIdentifier>/,
      '',
    ),
  }),
  xsd('SAMARKIV-XSD-2', 'fail-representation-premis-unknown-element', 'aip-2.2', 'failed', {
    files: replaceIn(
      'representations/rep1/metadata/preservation/premis.xml',
      '</premis:object>',
      '</premis:object><premis:note>x</premis:note>',
    ),
  }),
  xsd('SAMARKIV-XSD-2', 'na-no-premis-or-ead-referenced', 'csip-2.2', 'not-applicable', {
    rootMets: chain(
      swap(/<mets:dmdSec[\s\S]*?<\/mets:dmdSec>/, ''),
      swap(/<mets:amdSec[\s\S]*?<\/mets:amdSec>/, ''),
    ),
    repMets: swap(REP_AMDSEC, ''),
  }),

  pass('SAMARKIV-REF-1', 'pass-all-referenced', 'sip-2.2'),
  {
    id: 'SAMARKIV-REF-1',
    name: 'fail-unreferenced-file',
    profile: 'sip-2.2',
    expect: 'failed',
    fixture: { files: (f) => void f.set('documentation/unlisted.txt', enc.encode('not in METS\n')) },
  },
  fail(
    'SAMARKIV-REF-1',
    'fail-unreferenced-representation-mets',
    'csip-2.2',
    chain(swap(/<mets:file ID="file-rep1-mets"[\s\S]*?<\/mets:file>/, ''), swap(/<mets:mptr [^>]*\/>/, '')),
  ),
  {
    id: 'SAMARKIV-REF-1',
    name: 'pass-nested-submission-described-by-its-own-mets',
    profile: 'aip-2.2',
    expect: 'passed',
    fixture: {
      rootMets: swap('</mets:fileSec>', SUBMISSION_GRP),
      files: (f) => {
        f.set('submission/METS.xml', enc.encode('<mets xmlns="http://www.loc.gov/METS/"/>\n'));
        f.set('submission/representations/rep1/data/original.txt', enc.encode('original\n'));
      },
    },
  },
  {
    id: 'SAMARKIV-REF-1',
    name: 'na-no-readable-mets',
    profile: 'sip-2.2',
    expect: 'not-applicable',
    fixture: {
      files: (f) => {
        f.delete('METS.xml');
        f.delete('representations/rep1/METS.xml');
      },
    },
  },

  ...(['csip-2.1', 'sip-2.2', 'aip-2.2'] as const).map((p) =>
    pass('SAMARKIV-REF-2', `pass-ids-${tag(p)}`, p),
  ),
  fail(
    'SAMARKIV-REF-2',
    'fail-dangling-admid',
    'sip-2.2',
    swap('ADMID="digiprov-premis"', 'ADMID="digiprov-missing"'),
  ),
  fail(
    'SAMARKIV-REF-2',
    'fail-duplicate-id',
    'sip-2.2',
    swap('<mets:div ID="div-doc"', '<mets:div ID="div-metadata"'),
  ),
  {
    id: 'SAMARKIV-REF-2',
    name: 'fail-dangling-fileid-in-representation',
    profile: 'csip-2.2',
    expect: 'failed',
    fixture: { repMets: swap('FILEID="rep-grp-data"', 'FILEID="rep-grp-missing"') },
  },

  pass('SAMARKIV-SUM-1', 'pass-sha-256', 'sip-2.2'),
  fail(
    'SAMARKIV-SUM-1',
    'fail-tiger',
    'sip-2.2',
    swap(/(<mets:file ID="file-doc-1"[^>]*CHECKSUMTYPE=")SHA-256"/, '$1TIGER"'),
  ),
];

export const SIP_AIP_DIP_CASES: readonly RuleCase[] = [
  ...SIP_CASES,
  ...REF_CASES,
  ...AIP_CASES,
  ...DIP_CASES,
  ...SAMARKIV_CASES,
];

export const SIP_AIP_DIP_NO_FAIL: readonly NoFailReason[] = [
  {
    id: 'SIP21',
    reason: 'MAY 0..*: any number of contact persons is allowed; SIP22–SIP25 check each one',
  },
  {
    id: 'REF_METS_1',
    reason:
      'MAY, informative: "Section not defined or used in CSIP, additional own uses may occur"; a structLink is only noted',
  },
  {
    id: 'REF_METS_2',
    reason:
      'MAY, informative: "Section not defined or used in CSIP, additional own uses may occur"; a behaviorSec is only noted',
  },
];
