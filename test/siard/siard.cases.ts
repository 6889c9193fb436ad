/**
 * Rule cases for the CITS SIARD requirements (SIARD_1 … SIARD_33) and samarkiv's SIARD content
 * requirements (SAMARKIV-SIARD-1 … 9), run by test/core/rule-cases.test.ts like every other area.
 * Each case is the valid CITS SIARD SIP of support/cits-siard-sip.ts, gathered with the SIARD
 * analyzer, with one thing changed.
 */
import { siardAnalyzer } from '../../src/adapters/siard/siard-analyzer.ts';
import type { FileTree } from '../support/fixture-package.ts';
import type { NoFailReason, RuleCase } from '../support/rule-case.ts';
import { citsSiardFixture, SIARD_PATH, type CitsSiardOptions } from './support/cits-siard-sip.ts';
import { LOB_BYTES, LOB_PATH, sampleSiard, type SiardOptions } from './support/siard-builder.ts';

const enc = new TextEncoder();
const DATA = 'representations/rep1/data';

function siardCase(
  id: string,
  name: string,
  expect: RuleCase['expect'],
  options: CitsSiardOptions = {},
): RuleCase {
  return {
    id,
    name,
    profile: 'sip-2.2',
    expect,
    fixture: { ...citsSiardFixture(options), analyzers: [siardAnalyzer] },
  };
}

const pass = (id: string, options: CitsSiardOptions = {}, name = 'pass-valid-cits-siard-sip'): RuleCase =>
  siardCase(id, name, 'passed', options);
const fail = (id: string, name: string, options: CitsSiardOptions): RuleCase =>
  siardCase(id, name, 'failed', options);
const manual = (id: string): RuleCase => siardCase(id, 'na-manual-checkpoint', 'not-applicable');
const broken = (siard: SiardOptions): CitsSiardOptions => ({ siard });

/** The first mets:mets start tag (the document element) with one attribute edited. */
function onRoot(edit: (tag: string) => string): (xml: string) => string {
  return (xml) => xml.replace(/<mets:mets [^>]*>/, edit);
}

/** The dokument LOB stored outside the SIARD file, in the SIARD 2.2 structure (SIARD_22–22c). */
function externalLob(folder: string, filePath: string): CitsSiardOptions {
  return {
    siard: {
      metadata: (x) =>
        x
          .replace('</dataOriginTimespan>', `</dataOriginTimespan>\n  <lobFolder>${folder}</lobFolder>`)
          .replace('<name>fil</name>', '<name>fil</name><lobFolder>s0_t1_c3/seg_0/</lobFolder>'),
      dokument: (x) => x.replace(`file="${LOB_PATH}"`, 'file="t1_c3_r1.bin"'),
      entries: (e) => e.delete(LOB_PATH),
    },
    files: (f) => f.set(filePath, LOB_BYTES),
  };
}
const EXTERNAL = externalLob('../procapita_lobs/', `${DATA}/procapita_lobs/s0_t1_c3/seg_0/t1_c3_r1.bin`);

function splitSiard(numbers: readonly number[]): CitsSiardOptions {
  const whole = sampleSiard();
  const size = Math.ceil(whole.length / numbers.length);
  return {
    siardBytes: whole,
    files: (f: FileTree) => {
      f.delete(SIARD_PATH);
      numbers.forEach((n, i) =>
        f.set(
          `${DATA}/procapita_part${String(n).padStart(3, '0')}.siard`,
          whole.subarray(i * size, (i + 1) * size),
        ),
      );
    },
  };
}

const deleteUnder = (prefix: string) => (f: FileTree) => {
  for (const path of [...f.keys()]) if (path.startsWith(prefix)) f.delete(path);
};

const DUMP: CitsSiardOptions = { otherType: 'Database_dump' };

export const SIARD_CASES: readonly RuleCase[] = [
  siardCase('SIARD_2', 'na-no-database', 'not-applicable', {
    rootMets: (x) => x.replaceAll('citssiard_v1_0', 'OTHER'),
    repMets: (x) => x.replaceAll('citssiard_v1_0', 'OTHER'),
    files: (f) => {
      f.delete(SIARD_PATH);
      f.set(`${DATA}/beslut.txt`, enc.encode('Beslut'));
    },
  }),
  pass('SIARD_1'),
  fail('SIARD_1', 'fail-no-representation-mets', { files: (f) => f.delete('representations/rep1/METS.xml') }),
  pass('SIARD_2'),
  fail('SIARD_2', 'fail-type-not-databases', {
    rootMets: (x) => x.replace(' TYPE="Databases"', ' TYPE="Textual works"'),
  }),
  pass('SIARD_3'),
  fail('SIARD_3', 'fail-package-content-type-other', {
    rootMets: onRoot((t) => t.replace('citssiard_v1_0', 'OTHER')),
  }),
  pass('SIARD_4'),
  fail('SIARD_4', 'fail-package-other-content-type', {
    rootMets: onRoot((t) => t.replace(' PROFILE=', ' csip:OTHERCONTENTINFORMATIONTYPE="SIARD_2.2" PROFILE=')),
  }),
  pass('SIARD_5'),
  fail('SIARD_5', 'fail-sip-profile-url', {
    rootMets: onRoot((t) =>
      t.replace(/PROFILE="[^"]*"/, 'PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"'),
    ),
  }),
  pass('SIARD_6'),
  fail('SIARD_6', 'fail-representation-group-not-citssiard', {
    rootMets: (x) => x.replace(/(<mets:fileGrp ID="grp-rep1"[^>]*)citssiard_v1_0/, '$1OTHER'),
  }),
  pass('SIARD_7'),
  fail('SIARD_7', 'fail-version-not-in-vocabulary', { otherType: 'SIARD 2.2' }),
  pass('SIARD_8'),
  fail('SIARD_8', 'fail-no-representation-div', {
    rootMets: (x) => x.replace(/<mets:div ID="div-rep1"[\s\S]*?<\/mets:div>/, ''),
  }),
  pass('SIARD_9'),
  fail('SIARD_9', 'fail-representation-type', {
    repMets: (x) => x.replace(' TYPE="Databases"', ' TYPE="Textual works"'),
  }),
  pass('SIARD_10'),
  fail('SIARD_10', 'fail-representation-content-type', {
    repMets: onRoot((t) => t.replace('citssiard_v1_0', 'OTHER')),
  }),
  pass('SIARD_11'),
  fail('SIARD_11', 'fail-representation-version-misspelt', {
    repMets: onRoot((t) => t.replace('"SIARD_2.2"', '"SIARD-2.2"')),
  }),
  pass('SIARD_12'),
  fail('SIARD_12', 'fail-representation-profile-url', {
    repMets: onRoot((t) =>
      t.replace(/PROFILE="[^"]*"/, 'PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml"'),
    ),
  }),
  pass('SIARD_13'),
  fail('SIARD_13', 'fail-no-data-file-with-the-version', {
    repMets: (x) =>
      x.replace(/(<mets:file ID="rep-file-1"[^>]*?) csip:OTHERCONTENTINFORMATIONTYPE="[^"]*"/, '$1'),
  }),
  pass('SIARD_14'),
  fail('SIARD_14', 'fail-package-group-other-version', {
    rootMets: (x) => x.replace(/(<mets:fileGrp ID="grp-rep1"[^>]*)SIARD_2\.2/, '$1SIARD_2.1'),
  }),
  pass('SIARD_15'),
  fail('SIARD_15', 'fail-no-siard-file', {
    files: (f) => {
      f.set(`${DATA}/procapita.zip`, f.get(SIARD_PATH) as Uint8Array);
      f.delete(SIARD_PATH);
    },
  }),
  pass('SIARD_16'),
  fail('SIARD_16', 'fail-declared-2-1-file-is-2-2', { otherType: 'SIARD_2.1' }),
  pass('SIARD_17'),
  fail(
    'SIARD_17',
    'fail-row-count-differs',
    broken({ metadata: (x) => x.replace('<rows>4</rows>', '<rows>5</rows>') }),
  ),
  pass('SIARD_18'),
  fail('SIARD_18', 'fail-no-validation-report', {
    files: (f) => f.delete('documentation/siard-valideringsrapport.txt'),
  }),
  pass('SIARD_19'),
  pass('SIARD_19a', splitSiard([1, 2]), 'pass-parts-001-002'),
  fail('SIARD_19a', 'fail-parts-001-003', splitSiard([1, 3])),
  pass(
    'SIARD_19b',
    { files: (f) => f.set(`${DATA}/mapping.txt`, enc.encode('procapita.siard\n')) },
    'pass-mapping-beside',
  ),
  fail('SIARD_19b', 'fail-mapping-elsewhere', {
    files: (f) => f.set('representations/rep1/documentation/mapping.txt', enc.encode('procapita.siard\n')),
  }),
  pass('SIARD_20', DUMP, 'pass-dump-present'),
  fail('SIARD_20', 'fail-dump-missing', { ...DUMP, files: (f) => f.delete(SIARD_PATH) }),
  pass('SIARD_21', DUMP, 'pass-dump-with-digiprov'),
  fail('SIARD_21', 'fail-dump-without-preservation-metadata', {
    ...DUMP,
    repMets: (x) => x.replace(/<mets:amdSec[\s\S]*?<\/mets:amdSec>/, ''),
    files: deleteUnder('representations/rep1/metadata/'),
  }),
  pass('SIARD_22', EXTERNAL, 'pass-external-lob-in-representation'),
  fail(
    'SIARD_22',
    'fail-external-lob-outside-representation',
    externalLob('../../../../documentation/lobs/', 'documentation/lobs/s0_t1_c3/seg_0/t1_c3_r1.bin'),
  ),
  pass('SIARD_22a', EXTERNAL, 'pass-external-lob'),
  pass('SIARD_22b', EXTERNAL, 'pass-external-lob-structure'),
  fail('SIARD_22b', 'fail-stray-file-in-lobs-folder', {
    ...EXTERNAL,
    files: (f) => {
      EXTERNAL.files?.(f);
      f.set(`${DATA}/procapita_lobs/readme.txt`, enc.encode('x'));
    },
  }),
  pass('SIARD_22c', EXTERNAL, 'pass-lobs-folder'),
  pass('SIARD_23'),
  fail('SIARD_23', 'fail-no-submission-agreement', {
    rootMets: (x) => x.replace(/<mets:altRecordID TYPE="SUBMISSIONAGREEMENT">[^<]*<\/mets:altRecordID>/, ''),
  }),
  ...[
    'SIARD_24',
    'SIARD_25',
    'SIARD_26',
    'SIARD_27',
    'SIARD_28',
    'SIARD_29a',
    'SIARD_31',
    'SIARD_32',
    'SIARD_33',
  ].map(manual),
  pass('SIARD_29'),
  fail('SIARD_29', 'fail-undescribed-and-no-documentation', {
    siard: { metadata: (x) => x.replace(/<description>[^<]*<\/description>/g, '') },
    files: deleteUnder('documentation/'),
  }),
  pass('SIARD_30'),
  fail('SIARD_30', 'fail-no-diagram', { files: deleteUnder('documentation/database_diagrams/') }),
  pass('SIARD_30a'),
  fail('SIARD_30a', 'fail-diagram-outside-database-diagrams', {
    files: (f) => f.set('documentation/Original_procapita-er-kopia.png', enc.encode('PNG stand-in')),
  }),
  pass('SIARD_30b'),
  pass('SIARD_30c'),
  fail('SIARD_30c', 'fail-no-original-diagram', {
    files: (f) => f.delete('documentation/database_diagrams/Original_procapita-er.png'),
  }),
  pass('SIARD_30d'),
  fail('SIARD_30d', 'fail-no-archived-diagram', {
    files: (f) => f.delete('documentation/database_diagrams/Archived_procapita-er.png'),
  }),
  ...Array.from({ length: 9 }, (_, i) => pass(`SAMARKIV-SIARD-${i + 1}`)),
  fail(
    'SAMARKIV-SIARD-1',
    'fail-encrypted-entry',
    broken({ zip: (s) => s.map((e) => (e.name === LOB_PATH ? { ...e, encryptedFlag: true } : e)) }),
  ),
  fail(
    'SAMARKIV-SIARD-2',
    'fail-stray-top-level-folder',
    broken({ entries: (e) => e.set('extra/readme.txt', enc.encode('x')) }),
  ),
  fail(
    'SAMARKIV-SIARD-3',
    'fail-metadata-without-data-owner',
    broken({ metadata: (x) => x.replace(/<dataOwner>.*<\/dataOwner>/, '') }),
  ),
  fail(
    'SAMARKIV-SIARD-4',
    'fail-table-file-missing',
    broken({ entries: (e) => e.delete('content/schema0/table0/table0.xml') }),
  ),
  fail(
    'SAMARKIV-SIARD-5',
    'fail-value-violates-table-xsd',
    broken({ person: (x) => x.replace('<c1>2</c1>', '<c1>två</c1>') }),
  ),
  fail(
    'SAMARKIV-SIARD-6',
    'fail-not-nullable-column-null',
    broken({ person: (x) => x.replace('<c2>Ünal Çelik</c2>', '') }),
  ),
  fail(
    'SAMARKIV-SIARD-7',
    'fail-row-count-differs',
    broken({ metadata: (x) => x.replace('<rows>3</rows>', '<rows>2</rows>') }),
  ),
  fail('SAMARKIV-SIARD-8', 'fail-lob-missing', broken({ entries: (e) => e.delete(LOB_PATH) })),
  fail(
    'SAMARKIV-SIARD-9',
    'fail-lob-digest-differs',
    broken({ dokument: (x) => x.replace(/messageDigest="[0-9A-F]{6}/, 'messageDigest="ABCDEF') }),
  ),
];

const PERMISSION = 'a MAY that permits something: any package satisfies it';
const MANUAL =
  'a manual checkpoint about the submission agreement or the documentation: always reported as not applicable with a note for the archivist';

export const SIARD_NO_FAIL: readonly NoFailReason[] = [
  { id: 'SIARD_19', reason: PERMISSION },
  { id: 'SIARD_22a', reason: PERMISSION },
  { id: 'SIARD_22c', reason: PERMISSION },
  { id: 'SIARD_30b', reason: `${PERMISSION} (each file's format is judged by the format policy)` },
  ...[
    'SIARD_24',
    'SIARD_25',
    'SIARD_26',
    'SIARD_27',
    'SIARD_28',
    'SIARD_29a',
    'SIARD_31',
    'SIARD_32',
    'SIARD_33',
  ].map((id) => ({ id, reason: MANUAL })),
];
