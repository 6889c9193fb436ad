/**
 * Rule cases of the METS file section and structural map rules (CSIP58–CSIP85, CSIP88–CSIP114,
 * CSIP116, CSIP118, CSIP119): each case keeps or breaks the valid fixture with one edit. Edits throw
 * when their target text is absent, so a fixture change cannot silently turn a failing case into a
 * passing one.
 */
import { createHash } from 'node:crypto';
import type { ProfileId } from '../../../src/core/validation/profiles.ts';
import type { FileTree } from '../../support/fixture-package.ts';
import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';
import {
  ALL,
  caseList,
  chain,
  type Edit,
  edit,
  type Fixture,
  merge,
  NO_METS,
  removeUnder,
  REP_AMDSEC,
  REP_WITHOUT_METADATA,
  REP_WITHOUT_METADATA_DIV,
} from './fixture-edits.ts';

/** Sets (or with null removes) an attribute of the mets:file with the given ID. */
function fileAttr(id: string, attr: string, value: string | null): Edit {
  const re = new RegExp(`(<mets:file ID="${id}"[^>]*?) ${attr}="[^"]*"`);
  return edit(re, (_all, head) => (value === null ? head : `${head} ${attr}="${value}"`) as string);
}

/** Adds attributes right after the opening of the element that starts with `start`. */
function addAttrs(start: string, attrs: string): Edit {
  return edit(start, `${start} ${attrs}`);
}

const enc = new TextEncoder();
const DOC_PATH = 'documentation/leveransbeskrivning.txt';
const DOC_TEXT = 'Leveransbeskrivning för testpaket.\n';
const DOC_MD5 = createHash('md5').update(enc.encode(DOC_TEXT)).digest('hex');
const DOC_FLOCAT = `<mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${DOC_PATH}"/>`;
const REP_MPTR =
  '<mets:mptr LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/METS.xml" xlink:title="grp-rep1"/>';
const METADATA_DIV = '<mets:div ID="div-metadata" LABEL="Metadata" ADMID="digiprov-premis" DMDID="dmd-ead"/>';
const DOC_DIV =
  /\s*<mets:div ID="div-doc" LABEL="Documentation">\s*<mets:fptr FILEID="grp-doc"\/>\s*<\/mets:div>/;
const SCHEMAS_DIV =
  /\s*<mets:div ID="div-schemas" LABEL="Schemas">\s*<mets:fptr FILEID="grp-schemas"\/>\s*<\/mets:div>/;
const REPS_DIV =
  /\s*<mets:div ID="div-reps" LABEL="Representations">\s*<mets:fptr FILEID="grp-rep1"\/>\s*<\/mets:div>/;
const REP1_DIV =
  /\s*<mets:div ID="div-rep1" LABEL="Representations\/rep1">\s*<mets:mptr [^>]*\/>\s*<\/mets:div>/;
const DOC_GRP = /\s*<mets:fileGrp ID="grp-doc" USE="Documentation">[\s\S]*?<\/mets:fileGrp>/;
const SCHEMAS_GRP = /\s*<mets:fileGrp ID="grp-schemas" USE="Schemas">[\s\S]*?<\/mets:fileGrp>/;
const FILESEC = /\s*<mets:fileSec ID="filesec-1">[\s\S]*?<\/mets:fileSec>/;
const STRUCTMAP = /\s*<mets:structMap ID="structmap-csip"[\s\S]*?<\/mets:structMap>/;
const REP_STRUCTMAP = /\s*<mets:structMap ID="rep-structmap"[\s\S]*?<\/mets:structMap>/;
const AMDSEC = /\s*<mets:amdSec ID="amd-1">[\s\S]*?<\/mets:amdSec>/;
const DMDSEC = /\s*<mets:dmdSec ID="dmd-ead"[\s\S]*?<\/mets:dmdSec>/;
const REP_GROUP_CIT =
  'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture"';
const REP_DATA_CIT =
  'USE="Representations/rep1/data" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture"';

const root = (...edits: Edit[]): Fixture => ({ rootMets: chain(...edits) });
const rep = (...edits: Edit[]): Fixture => ({ repMets: chain(...edits) });
const files = (f: (files: FileTree) => void): Fixture => ({ files: f });
const brokenRootMets = root((xml) => `${xml}<broken`);

const { cases, add } = caseList();
const BOTH: readonly ProfileId[] = ['csip-2.1', 'csip-2.2'];

// The valid fixture passes every rule that applies to it, in every profile.
for (const id of [
  'CSIP58',
  'CSIP59',
  'CSIP60',
  'CSIP113',
  'CSIP114',
  'CSIP62',
  'CSIP63',
  'CSIP64',
  'CSIP65',
  'CSIP66',
  'CSIP67',
  'CSIP68',
  'CSIP69',
  'CSIP70',
  'CSIP71',
  'CSIP72',
  'CSIP76',
  'CSIP77',
  'CSIP78',
  'CSIP79',
  'CSIP80',
  'CSIP81',
  'CSIP82',
  'CSIP83',
  'CSIP84',
  'CSIP85',
  'CSIP88',
  'CSIP89',
  'CSIP90',
  'CSIP91',
  'CSIP92',
  'CSIP93',
  'CSIP94',
  'CSIP95',
  'CSIP96',
  'CSIP116',
  'CSIP97',
  'CSIP98',
  'CSIP99',
  'CSIP100',
  'CSIP118',
  'CSIP101',
  'CSIP102',
  'CSIP103',
  'CSIP104',
  'CSIP119',
  'CSIP105',
  'CSIP106',
  'CSIP107',
  'CSIP108',
  'CSIP109',
  'CSIP110',
  'CSIP111',
  'CSIP112',
]) {
  add(id, 'pass-valid-fixture', 'passed', undefined, ALL);
}

// --- File section -------------------------------------------------------------------------------

add(
  'CSIP58',
  'fail-two-file-sections',
  'failed',
  root(
    edit(
      '<mets:structMap ID="structmap-csip"',
      '<mets:fileSec ID="filesec-2"/>\n  <mets:structMap ID="structmap-csip"',
    ),
  ),
);
add('CSIP58', 'fail-no-file-section-with-content', 'failed', root(edit(FILESEC, '')));
add(
  'CSIP58',
  'fail-rep-mets-without-file-section',
  'failed',
  rep(edit(/\s*<mets:fileSec ID="rep-filesec">[\s\S]*?<\/mets:fileSec>/, '')),
);
add('CSIP58', 'fail-no-package-mets', 'failed', NO_METS);

add('CSIP59', 'fail-missing-id', 'failed', root(edit('<mets:fileSec ID="filesec-1">', '<mets:fileSec>')));
add(
  'CSIP59',
  'fail-not-an-ncname',
  'failed',
  root(edit('<mets:fileSec ID="filesec-1">', '<mets:fileSec ID="1-filesec">')),
);
add(
  'CSIP59',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:fileSec ID="filesec-1">', '<mets:fileSec ID="grp-doc">')),
);
// CSIP 2.1 said "unique within the package", 2.2 "within the XML document".
add(
  'CSIP59',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:fileSec ID="filesec-1">', '<mets:fileSec ID="rep-filesec">')),
  ['csip-2.1', 'sip-2.1'],
);
add(
  'CSIP59',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:fileSec ID="filesec-1">', '<mets:fileSec ID="rep-filesec">')),
  ['csip-2.2', 'sip-2.2'],
);
add('CSIP59', 'na-no-file-section', 'not-applicable', {
  rootMets: edit(FILESEC, ''),
  repMets: edit(/\s*<mets:fileSec ID="rep-filesec">[\s\S]*?<\/mets:fileSec>/, ''),
});

add('CSIP60', 'fail-documentation-without-group', 'failed', root(edit('USE="Documentation"', 'USE="Docs"')));
add('CSIP60', 'fail-use-in-lower-case', 'failed', root(edit('USE="Documentation"', 'USE="documentation"')));
add('CSIP60', 'fail-no-package-mets', 'failed', NO_METS);
add(
  'CSIP60',
  'fail-rep-documentation-without-group',
  'failed',
  files((t) => void t.set('representations/rep1/documentation/manual.txt', enc.encode('Manual\n'))),
);
add('CSIP60', 'pass-rep-documentation-group', 'passed', {
  repMets: edit(
    '  </mets:fileSec>',
    '    <mets:fileGrp ID="rep-grp-doc" USE="Representations/rep1/documentation"/>\n  </mets:fileSec>',
  ),
  files: (t) => void t.set('representations/rep1/documentation/manual.txt', enc.encode('Manual\n')),
});
add('CSIP60', 'na-no-documentation', 'not-applicable', {
  rootMets: chain(edit(DOC_GRP, ''), edit(DOC_DIV, '')),
  files: (t) => void t.delete(DOC_PATH),
});

add('CSIP113', 'fail-schemas-without-group', 'failed', root(edit('USE="Schemas"', 'USE="XSD"')));
add('CSIP113', 'fail-use-in-lower-case', 'failed', root(edit('USE="Schemas"', 'USE="schemas"')));
add('CSIP113', 'fail-no-package-mets', 'failed', NO_METS);
add(
  'CSIP113',
  'fail-rep-schemas-without-group',
  'failed',
  files((t) => void t.set('representations/rep1/schemas/rep.xsd', enc.encode('<xs:schema/>\n'))),
);
add('CSIP113', 'na-no-schemas', 'not-applicable', {
  rootMets: chain(edit(SCHEMAS_GRP, ''), edit(SCHEMAS_DIV, '')),
  files: (t) => void t.delete('schemas/fixture.xsd'),
});

add(
  'CSIP114',
  'fail-representation-without-group',
  'failed',
  root(edit('USE="Representations/rep1"', 'USE="Content/rep1"')),
);
add(
  'CSIP114',
  'fail-use-in-lower-case',
  'failed',
  root(edit('USE="Representations/rep1"', 'USE="representations/rep1"')),
);
add(
  'CSIP114',
  'fail-second-representation-without-group',
  'failed',
  files((t) => void t.set('representations/rep2/data/a.txt', enc.encode('A\n'))),
);
add('CSIP114', 'fail-no-package-mets', 'failed', NO_METS);
add(
  'CSIP114',
  'pass-whole-representations-group',
  'passed',
  root(edit('USE="Representations/rep1"', 'USE="Representations"')),
);
add('CSIP114', 'na-no-representations', 'not-applicable', {
  rootMets: chain(
    edit(/\s*<mets:fileGrp ID="grp-rep1"[\s\S]*?<\/mets:fileGrp>/, ''),
    edit(REPS_DIV, ''),
    edit(REP1_DIV, ''),
  ),
  files: (t) => removeUnder(t, 'representations'),
});

add('CSIP61', 'na-no-admid', 'not-applicable');
add(
  'CSIP61',
  'pass-admid-to-digiprov',
  'passed',
  root(addAttrs('<mets:fileGrp ID="grp-doc"', 'ADMID="digiprov-premis"')),
);
add(
  'CSIP61',
  'pass-admid-to-amdsec',
  'passed',
  root(addAttrs('<mets:fileGrp ID="grp-doc"', 'ADMID="amd-1"')),
);
add(
  'CSIP61',
  'fail-admid-unknown',
  'failed',
  root(addAttrs('<mets:fileGrp ID="grp-doc"', 'ADMID="digiprov-premis nope"')),
);
add(
  'CSIP61',
  'fail-admid-to-dmdsec',
  'failed',
  root(addAttrs('<mets:fileGrp ID="grp-doc"', 'ADMID="dmd-ead"')),
);

add(
  'CSIP62',
  'fail-missing-on-package-group',
  'failed',
  root(edit(REP_GROUP_CIT, 'USE="Representations/rep1"')),
);
add(
  'CSIP62',
  'fail-missing-on-rep-group',
  'failed',
  rep(edit(REP_DATA_CIT, 'USE="Representations/rep1/data"')),
);
add(
  'CSIP62',
  'fail-missing-with-mixed-root',
  'failed',
  root(
    edit(
      'csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE',
      'csip:CONTENTINFORMATIONTYPE="MIXED" PROFILE',
    ),
    edit(REP_GROUP_CIT, 'USE="Representations/rep1"'),
  ),
);
add(
  'CSIP62',
  'fail-not-in-vocabulary',
  'failed',
  root(edit(REP_GROUP_CIT, 'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="FGS-ERMS"')),
);
add('CSIP62', 'pass-citserms', 'passed', {
  rootMets: edit(REP_GROUP_CIT, 'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"'),
  repMets: edit(REP_DATA_CIT, 'USE="Representations/rep1/data" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"'),
});
add('CSIP62', 'na-no-representation-groups', 'not-applicable', {
  rootMets: edit(REP_GROUP_CIT, 'USE="Content/rep1"'),
  repMets: edit(REP_DATA_CIT, 'USE="Data"'),
});

add(
  'CSIP63',
  'fail-other-without-name',
  'failed',
  root(edit(REP_GROUP_CIT, 'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="OTHER"')),
);
add(
  'CSIP63',
  'fail-other-with-empty-name',
  'failed',
  rep(edit('csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture">', 'csip:OTHERCONTENTINFORMATIONTYPE=" ">')),
);
add('CSIP63', 'na-no-other', 'not-applicable', {
  rootMets: edit(REP_GROUP_CIT, 'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"'),
  repMets: edit(REP_DATA_CIT, 'USE="Representations/rep1/data" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"'),
});

add(
  'CSIP64',
  'fail-missing-use',
  'failed',
  root(edit('<mets:fileGrp ID="grp-schemas" USE="Schemas">', '<mets:fileGrp ID="grp-schemas">')),
);
add('CSIP64', 'fail-use-names-another-folder', 'failed', root(edit('USE="Documentation"', 'USE="Manuals"')));
add(
  'CSIP64',
  'fail-rep-use-names-another-folder',
  'failed',
  rep(edit('USE="Representations/rep1/data"', 'USE="Representations/rep1/metadata"')),
);
add(
  'CSIP64',
  'pass-rep-use-relative-to-rep-folder',
  'passed',
  rep(edit('USE="Representations/rep1/data"', 'USE="Data"')),
);
add(
  'CSIP64',
  'pass-whole-representations-folder',
  'passed',
  root(edit('USE="Representations/rep1"', 'USE="Representations"')),
);

add('CSIP65', 'fail-missing-id', 'failed', root(edit('<mets:fileGrp ID="grp-schemas"', '<mets:fileGrp')));
add(
  'CSIP65',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:fileGrp ID="grp-schemas"', '<mets:fileGrp ID="grp-doc"')),
);
add(
  'CSIP65',
  'fail-not-an-ncname',
  'failed',
  root(edit('<mets:fileGrp ID="grp-schemas"', '<mets:fileGrp ID="grp:schemas"')),
);
add(
  'CSIP65',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:fileGrp ID="grp-schemas"', '<mets:fileGrp ID="rep-grp-data"')),
  ['csip-2.1', 'sip-2.1'],
);
add(
  'CSIP65',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:fileGrp ID="grp-schemas"', '<mets:fileGrp ID="rep-grp-data"')),
  ['csip-2.2', 'aip-2.2'],
);
add('CSIP65', 'na-no-file-groups', 'not-applicable', {
  rootMets: edit(FILESEC, ''),
  repMets: edit(/\s*<mets:fileSec ID="rep-filesec">[\s\S]*?<\/mets:fileSec>/, ''),
});

add(
  'CSIP66',
  'fail-empty-group',
  'failed',
  root(edit(/(<mets:fileGrp ID="grp-schemas" USE="Schemas">)[\s\S]*?(<\/mets:fileGrp>)/, '$1$2')),
);
add(
  'CSIP66',
  'pass-group-of-groups',
  'passed',
  root(
    edit(
      /(<mets:fileGrp ID="grp-schemas" USE="Schemas">)([\s\S]*?)(<\/mets:fileGrp>)/,
      '$1<mets:fileGrp ID="grp-schemas-xsd" USE="Schemas">$2</mets:fileGrp>$3',
    ),
  ),
);

// --- Files ---------------------------------------------------------------------------------------

add('CSIP67', 'fail-missing-id', 'failed', root(edit('<mets:file ID="file-doc-1" ', '<mets:file ')));
add(
  'CSIP67',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:file ID="file-schema-1"', '<mets:file ID="file-doc-1"')),
);
add(
  'CSIP67',
  'fail-not-an-ncname',
  'failed',
  root(edit('<mets:file ID="file-doc-1"', '<mets:file ID="file doc"')),
);
add(
  'CSIP67',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:file ID="file-doc-1"', '<mets:file ID="rep-file-1"')),
  ['csip-2.1', 'sip-2.1'],
);
add(
  'CSIP67',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:file ID="file-doc-1"', '<mets:file ID="rep-file-1"')),
  ['csip-2.2', 'sip-2.2'],
);

add('CSIP68', 'fail-missing', 'failed', root(fileAttr('file-doc-1', 'MIMETYPE', null)));
add('CSIP68', 'fail-not-a-media-type', 'failed', root(fileAttr('file-doc-1', 'MIMETYPE', 'text')));
add(
  'CSIP68',
  'pass-with-parameter',
  'passed',
  root(fileAttr('file-doc-1', 'MIMETYPE', 'text/plain; charset=utf-8')),
);

add('CSIP69', 'fail-missing', 'failed', root(fileAttr('file-doc-1', 'SIZE', null)));
add('CSIP69', 'fail-not-a-number', 'failed', root(fileAttr('file-doc-1', 'SIZE', '12kB')));
add('CSIP69', 'fail-negative', 'failed', root(fileAttr('file-doc-1', 'SIZE', '-1')));
add(
  'CSIP69',
  'fail-differs-from-file',
  'failed',
  files((t) => void t.set(DOC_PATH, enc.encode(`${DOC_TEXT}Tillägg.\n`))),
);
add(
  'CSIP69',
  'fail-rep-file-differs',
  'failed',
  files((t) => void t.set('representations/rep1/data/bygglov beslut.txt', enc.encode('Ändrad.\n'))),
);

add('CSIP70', 'fail-missing', 'failed', root(fileAttr('file-doc-1', 'CREATED', null)));
add('CSIP70', 'fail-date-only', 'failed', root(fileAttr('file-doc-1', 'CREATED', '2026-11-20')));
add(
  'CSIP70',
  'fail-impossible-date',
  'failed',
  root(fileAttr('file-doc-1', 'CREATED', '2026-02-30T10:00:00Z')),
);
add('CSIP70', 'fail-swedish-format', 'failed', root(fileAttr('file-doc-1', 'CREATED', '2026-11-20 10:00')));
add('CSIP70', 'pass-utc', 'passed', root(fileAttr('file-doc-1', 'CREATED', '2026-11-20T09:00:00.123Z')));
add('CSIP70', 'pass-no-time-zone', 'passed', root(fileAttr('file-doc-1', 'CREATED', '2026-11-20T09:00:00')));

add('CSIP71', 'fail-missing', 'failed', root(fileAttr('file-doc-1', 'CHECKSUM', null)));
add(
  'CSIP71',
  'fail-content-changed',
  'failed',
  files((t) => void t.set(DOC_PATH, enc.encode(DOC_TEXT.replace('L', 'l')))),
);
add(
  'CSIP71',
  'pass-upper-case-hex',
  'passed',
  root(
    edit(
      /(<mets:file ID="file-doc-1"[^>]*CHECKSUM=")([0-9a-f]+)"/,
      (_a, head, hex) => `${head}${(hex as string).toUpperCase()}"`,
    ),
  ),
);
add(
  'CSIP71',
  'pass-md5',
  'passed',
  root(fileAttr('file-doc-1', 'CHECKSUM', DOC_MD5), fileAttr('file-doc-1', 'CHECKSUMTYPE', 'MD5')),
);
add(
  'CSIP71',
  'fail-md5-mismatch',
  'failed',
  root(fileAttr('file-doc-1', 'CHECKSUM', '0'.repeat(32)), fileAttr('file-doc-1', 'CHECKSUMTYPE', 'MD5')),
);
// TIGER cannot be computed: SAMARKIV-SUM-1 reports it, CSIP71 does not call it a mismatch.
add('CSIP71', 'pass-uncomputable-type', 'passed', root(fileAttr('file-doc-1', 'CHECKSUMTYPE', 'TIGER')));

add('CSIP72', 'fail-missing', 'failed', root(fileAttr('file-doc-1', 'CHECKSUMTYPE', null)));
add('CSIP72', 'fail-lower-case', 'failed', root(fileAttr('file-doc-1', 'CHECKSUMTYPE', 'sha-256')));
add('CSIP72', 'fail-unknown', 'failed', root(fileAttr('file-doc-1', 'CHECKSUMTYPE', 'SHA256')));
add(
  'CSIP72',
  'pass-md5',
  'passed',
  root(fileAttr('file-doc-1', 'CHECKSUM', DOC_MD5), fileAttr('file-doc-1', 'CHECKSUMTYPE', 'MD5')),
);

add('CSIP73', 'na-no-ownerid', 'not-applicable');
add('CSIP73', 'pass-ownerid', 'passed', root(addAttrs('<mets:file ID="file-doc-1"', 'OWNERID="BN 2019-17"')));
add('CSIP73', 'fail-empty-ownerid', 'failed', root(addAttrs('<mets:file ID="file-doc-1"', 'OWNERID=""')));

add('CSIP74', 'na-no-admid', 'not-applicable');
add(
  'CSIP74',
  'pass-admid',
  'passed',
  root(addAttrs('<mets:file ID="file-doc-1"', 'ADMID="digiprov-premis"')),
);
add(
  'CSIP74',
  'fail-admid-to-dmdsec',
  'failed',
  root(addAttrs('<mets:file ID="file-doc-1"', 'ADMID="dmd-ead"')),
);
add(
  'CSIP74',
  'fail-admid-unknown',
  'failed',
  rep(addAttrs('<mets:file ID="rep-file-1"', 'ADMID="digiprov-premis"')),
);

add('CSIP75', 'na-no-dmdid', 'not-applicable');
add('CSIP75', 'pass-dmdid', 'passed', root(addAttrs('<mets:file ID="file-doc-1"', 'DMDID="dmd-ead"')));
add(
  'CSIP75',
  'fail-dmdid-to-amd',
  'failed',
  root(addAttrs('<mets:file ID="file-doc-1"', 'DMDID="digiprov-premis"')),
);
add('CSIP75', 'fail-dmdid-empty', 'failed', root(addAttrs('<mets:file ID="file-doc-1"', 'DMDID=""')));

add('CSIP76', 'fail-no-flocat', 'failed', root(edit(DOC_FLOCAT, '')));
add('CSIP76', 'fail-two-flocats', 'failed', root(edit(DOC_FLOCAT, `${DOC_FLOCAT}${DOC_FLOCAT}`)));

add(
  'CSIP77',
  'fail-urn',
  'failed',
  root(edit(DOC_FLOCAT, DOC_FLOCAT.replace('LOCTYPE="URL"', 'LOCTYPE="URN"'))),
);
add('CSIP77', 'fail-missing', 'failed', rep(edit('<mets:FLocat LOCTYPE="URL" ', '<mets:FLocat ')));

add(
  'CSIP78',
  'fail-missing',
  'failed',
  root(edit(DOC_FLOCAT, DOC_FLOCAT.replace(' xlink:type="simple"', ''))),
);
add(
  'CSIP78',
  'fail-wrong-value',
  'failed',
  root(edit(DOC_FLOCAT, DOC_FLOCAT.replace('xlink:type="simple"', 'xlink:type="locator"'))),
);

add(
  'CSIP79',
  'fail-file-missing',
  'failed',
  files((t) => void t.delete(DOC_PATH)),
);
add(
  'CSIP79',
  'fail-wrong-case',
  'failed',
  root(edit(`xlink:href="${DOC_PATH}"`, 'xlink:href="Documentation/leveransbeskrivning.txt"')),
);
add(
  'CSIP79',
  'fail-absolute-url',
  'failed',
  root(edit(`xlink:href="${DOC_PATH}"`, 'xlink:href="https://example.org/leveransbeskrivning.txt"')),
);
add('CSIP79', 'fail-missing-href', 'failed', root(edit(` xlink:href="${DOC_PATH}"`, '')));
add(
  'CSIP79',
  'fail-points-to-folder',
  'failed',
  root(edit(`xlink:href="${DOC_PATH}"`, 'xlink:href="documentation"')),
);
add(
  'CSIP79',
  'fail-rep-href-not-decoded',
  'failed',
  rep(edit('xlink:href="data/bygglov%20beslut.txt"', 'xlink:href="data/bygglov%2520beslut.txt"')),
);
add(
  'CSIP79',
  'pass-legacy-file-url',
  'passed',
  root(edit(`xlink:href="${DOC_PATH}"`, `xlink:href="file:///${DOC_PATH}"`)),
);
add(
  'CSIP79',
  'pass-dot-segment',
  'passed',
  root(edit(`xlink:href="${DOC_PATH}"`, `xlink:href="./${DOC_PATH}"`)),
);

// --- Structural map --------------------------------------------------------------------------------

add('CSIP80', 'fail-no-structmap', 'failed', root(edit(STRUCTMAP, '')));
add('CSIP80', 'fail-rep-mets-without-structmap', 'failed', rep(edit(REP_STRUCTMAP, '')));
add('CSIP80', 'fail-no-package-mets', 'failed', NO_METS);
add('CSIP80', 'fail-package-mets-unparseable', 'failed', brokenRootMets);
add(
  'CSIP80',
  'fail-rep-mets-not-mets',
  'failed',
  files((t) => void t.set('representations/rep1/METS.xml', enc.encode('<other/>\n'))),
);

add(
  'CSIP81',
  'fail-logical',
  'failed',
  root(edit('TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="LOGICAL" LABEL="CSIP"')),
);
add(
  'CSIP81',
  'fail-no-physical-map',
  'failed',
  root(edit('TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="LOGICAL" LABEL="Ärenden"')),
);
add('CSIP81', 'fail-no-package-mets', 'failed', NO_METS);
add(
  'CSIP81',
  'pass-extra-logical-map',
  'passed',
  root(
    edit(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:structMap ID="custom" TYPE="LOGICAL" LABEL="Ärenden"><mets:div ID="c1"/></mets:structMap>',
    ),
  ),
);

add(
  'CSIP82',
  'fail-label-lower-case',
  'failed',
  root(edit('TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="PHYSICAL" LABEL="csip"')),
);
add(
  'CSIP82',
  'fail-two-csip-maps',
  'failed',
  root(
    edit(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:structMap ID="second" TYPE="PHYSICAL" LABEL="CSIP"><mets:div ID="c1"/></mets:structMap>',
    ),
  ),
);
add('CSIP82', 'fail-package-mets-unparseable', 'failed', brokenRootMets);
add(
  'CSIP82',
  'pass-extra-custom-map',
  'passed',
  root(
    edit(
      '</mets:structMap>',
      '</mets:structMap>\n  <mets:structMap ID="custom" TYPE="LOGICAL" LABEL="Ärenden"><mets:div ID="c1"/></mets:structMap>',
    ),
  ),
);

add(
  'CSIP83',
  'fail-missing-id',
  'failed',
  root(edit('<mets:structMap ID="structmap-csip" ', '<mets:structMap ')),
);
add(
  'CSIP83',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:structMap ID="structmap-csip" ', '<mets:structMap ID="div-root" ')),
);
add(
  'CSIP83',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:structMap ID="structmap-csip" ', '<mets:structMap ID="rep-structmap" ')),
  ['csip-2.1', 'sip-2.1'],
);
add(
  'CSIP83',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:structMap ID="structmap-csip" ', '<mets:structMap ID="rep-structmap" ')),
  ['csip-2.2', 'dip-2.2'],
);
add('CSIP83', 'na-no-csip-map', 'not-applicable', {
  rootMets: edit('LABEL="CSIP"', 'LABEL="csip"'),
  repMets: edit('LABEL="CSIP"', 'LABEL="csip"'),
});

add(
  'CSIP84',
  'fail-two-top-divisions',
  'failed',
  root(
    edit(
      '    </mets:div>\n  </mets:structMap>',
      '    </mets:div>\n    <mets:div ID="div-extra" LABEL="Extra"/>\n  </mets:structMap>',
    ),
  ),
);
add(
  'CSIP84',
  'fail-no-division',
  'failed',
  rep(
    edit(
      /(<mets:structMap ID="rep-structmap" TYPE="PHYSICAL" LABEL="CSIP">)[\s\S]*?(<\/mets:structMap>)/,
      '$1$2',
    ),
  ),
);

add('CSIP85', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-root" ', '<mets:div ')));
add(
  'CSIP85',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:div ID="div-root" ', '<mets:div ID="grp-doc" ')),
);
add(
  'CSIP85',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:div ID="div-root" ', '<mets:div ID="rep-div-root" ')),
  ['csip-2.1'],
);
add(
  'CSIP85',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:div ID="div-root" ', '<mets:div ID="rep-div-root" ')),
  ['csip-2.2'],
);

const REP_MDWRAP_AMDSEC = `<mets:amdSec ID="rep-amd-1">
    <mets:digiprovMD ID="rep-digiprov" STATUS="CURRENT"><mets:mdWrap MDTYPE="PREMIS"><mets:xmlData/></mets:mdWrap></mets:digiprovMD>
  </mets:amdSec>`;
/** No METS document has a Metadata division (the metadata sections stay). */
const NO_METADATA_DIV = merge(root(edit(`\n      ${METADATA_DIV}`, '')), REP_WITHOUT_METADATA_DIV);
add('CSIP88', 'fail-missing', 'failed', root(edit(`\n      ${METADATA_DIV}`, '')));
add(
  'CSIP88',
  'fail-two',
  'failed',
  root(edit(METADATA_DIV, `${METADATA_DIV}\n      <mets:div ID="div-metadata-2" LABEL="Metadata"/>`)),
);
add('CSIP88', 'fail-rep-mets-with-metadata-but-no-division', 'failed', REP_WITHOUT_METADATA_DIV);
add('CSIP88', 'pass-rep-mets-with-metadata-division', 'passed');
add(
  'CSIP88',
  'pass-rep-mets-with-wrapped-metadata-division',
  'passed',
  rep(
    edit(REP_AMDSEC, `\n  ${REP_MDWRAP_AMDSEC}`),
    edit('ADMID="rep-digiprov-premis"', 'ADMID="rep-digiprov"'),
  ),
);
add('CSIP88', 'pass-rep-mets-without-metadata-or-division', 'passed', REP_WITHOUT_METADATA);
add('CSIP88', 'na-no-csip-map', 'not-applicable', {
  rootMets: edit('LABEL="CSIP"', 'LABEL="csip"'),
  repMets: edit('LABEL="CSIP"', 'LABEL="csip"'),
});

add('CSIP89', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-metadata" ', '<mets:div ')));
add(
  'CSIP89',
  'fail-duplicate-in-document',
  'failed',
  root(edit('<mets:div ID="div-metadata" ', '<mets:div ID="div-doc" ')),
);
add('CSIP89', 'na-no-metadata-division', 'not-applicable', NO_METADATA_DIV);
add(
  'CSIP89',
  'fail-rep-metadata-division-without-id',
  'failed',
  rep(edit('<mets:div ID="rep-div-metadata" ', '<mets:div ')),
);

add('CSIP90', 'fail-lower-case', 'failed', root(edit('LABEL="Metadata"', 'LABEL="metadata"')));
add('CSIP90', 'fail-surrounding-space', 'failed', root(edit('LABEL="Metadata"', 'LABEL=" Metadata"')));
add('CSIP90', 'na-no-metadata-division', 'not-applicable', NO_METADATA_DIV);

add('CSIP91', 'fail-current-not-referenced', 'failed', root(edit(' ADMID="digiprov-premis"', '')));
add(
  'CSIP91',
  'fail-reference-to-unknown',
  'failed',
  root(edit('ADMID="digiprov-premis"', 'ADMID="digiprov-premis nope"')),
);
add(
  'CSIP91',
  'fail-reference-to-dmdsec',
  'failed',
  root(edit('ADMID="digiprov-premis"', 'ADMID="digiprov-premis dmd-ead"')),
);
add('CSIP91', 'fail-no-metadata-division', 'failed', root(edit(`\n      ${METADATA_DIV}`, '')));
add('CSIP91', 'pass-through-amdsec-id', 'passed', root(edit('ADMID="digiprov-premis"', 'ADMID="amd-1"')));
/** Sets STATUS="SUPERSEDED" on the digiprovMD with the given ID. */
const supersede = (id: string): Edit =>
  edit(new RegExp(`(<mets:digiprovMD ID="${id}"[^>]*) STATUS="CURRENT"`), '$1 STATUS="SUPERSEDED"');
add(
  'CSIP91',
  'na-superseded-only',
  'not-applicable',
  merge(
    root(supersede('digiprov-premis'), edit(' ADMID="digiprov-premis"', '')),
    rep(supersede('rep-digiprov-premis'), edit(' ADMID="rep-digiprov-premis"', '')),
  ),
);
add(
  'CSIP91',
  'na-no-amdsec',
  'not-applicable',
  merge(
    root(edit(AMDSEC, ''), edit(' ADMID="digiprov-premis"', '')),
    rep(edit(REP_AMDSEC, ''), edit(' ADMID="rep-digiprov-premis"', '')),
  ),
);
add('CSIP91', 'fail-rep-current-not-referenced', 'failed', rep(edit(' ADMID="rep-digiprov-premis"', '')));

add('CSIP92', 'fail-current-not-referenced', 'failed', root(edit(' DMDID="dmd-ead"', '')));
add(
  'CSIP92',
  'fail-reference-to-unknown',
  'failed',
  root(edit('DMDID="dmd-ead"', 'DMDID="dmd-ead dmd-gone"')),
);
add(
  'CSIP92',
  'fail-reference-to-amd-section',
  'failed',
  root(edit('DMDID="dmd-ead"', 'DMDID="digiprov-premis"')),
);
add('CSIP92', 'na-no-dmdsec', 'not-applicable', root(edit(DMDSEC, ''), edit(' DMDID="dmd-ead"', '')));

// --- Documentation, Schemas and Representations divisions --------------------------------------------

add('CSIP93', 'fail-missing', 'failed', root(edit(DOC_DIV, '')));
add(
  'CSIP93',
  'fail-two',
  'failed',
  root(
    edit(
      '<mets:div ID="div-doc" LABEL="Documentation">',
      '<mets:div ID="div-doc-2" LABEL="Documentation"/>\n      <mets:div ID="div-doc" LABEL="Documentation">',
    ),
  ),
);
add('CSIP93', 'na-no-documentation', 'not-applicable', root(edit(DOC_GRP, ''), edit(DOC_DIV, '')));

add('CSIP94', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-doc" ', '<mets:div ')));
add(
  'CSIP94',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:div ID="div-doc" ', '<mets:div ID="rep-div-data" ')),
  ['csip-2.1'],
);
add(
  'CSIP94',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:div ID="div-doc" ', '<mets:div ID="rep-div-data" ')),
  ['csip-2.2'],
);
add('CSIP94', 'na-no-division', 'not-applicable', root(edit(DOC_DIV, '')));

add('CSIP95', 'fail-lower-case', 'failed', root(edit('LABEL="Documentation"', 'LABEL="documentation"')));
add(
  'CSIP95',
  'fail-other-label-for-documentation-group',
  'failed',
  root(edit('LABEL="Documentation"', 'LABEL="Dokumentation"')),
);
add('CSIP95', 'na-no-division', 'not-applicable', root(edit(DOC_DIV, '')));

// CSIP96/100/104 are MUST in CSIP 2.1 and SHOULD in 2.2; the rule is the same.
add(
  'CSIP96',
  'fail-no-fptr',
  'failed',
  root(edit(/(<mets:div ID="div-doc" LABEL="Documentation">)\s*<mets:fptr FILEID="grp-doc"\/>\s*/, '$1')),
  BOTH,
);
add(
  'CSIP96',
  'fail-two-groups-in-one-fptr',
  'failed',
  root(edit('<mets:fptr FILEID="grp-doc"/>', '<mets:fptr FILEID="grp-doc grp-schemas"/>')),
  BOTH,
);
add(
  'CSIP96',
  'fail-second-group-not-referenced',
  'failed',
  root(
    edit(
      '<mets:fileGrp ID="grp-schemas"',
      '<mets:fileGrp ID="grp-doc-2" USE="Documentation"/>\n    <mets:fileGrp ID="grp-schemas"',
    ),
  ),
  BOTH,
);
add('CSIP96', 'na-no-division', 'not-applicable', root(edit(DOC_DIV, '')));

add('CSIP116', 'fail-missing-fileid', 'failed', root(edit('<mets:fptr FILEID="grp-doc"/>', '<mets:fptr/>')));
add(
  'CSIP116',
  'fail-points-to-schemas-group',
  'failed',
  root(edit('<mets:fptr FILEID="grp-doc"/>', '<mets:fptr FILEID="grp-schemas"/>')),
);
add(
  'CSIP116',
  'fail-points-to-file',
  'failed',
  root(edit('<mets:fptr FILEID="grp-doc"/>', '<mets:fptr FILEID="file-doc-1"/>')),
);
add(
  'CSIP116',
  'fail-points-to-nothing',
  'failed',
  root(edit('<mets:fptr FILEID="grp-doc"/>', '<mets:fptr FILEID="grp-gone"/>')),
);
add(
  'CSIP116',
  'na-no-fptr',
  'not-applicable',
  root(edit(/(<mets:div ID="div-doc" LABEL="Documentation">)\s*<mets:fptr FILEID="grp-doc"\/>\s*/, '$1')),
);

add('CSIP97', 'fail-missing', 'failed', root(edit(SCHEMAS_DIV, '')));
add(
  'CSIP97',
  'fail-two',
  'failed',
  root(
    edit(
      '<mets:div ID="div-schemas" LABEL="Schemas">',
      '<mets:div ID="div-schemas-2" LABEL="Schemas"/>\n      <mets:div ID="div-schemas" LABEL="Schemas">',
    ),
  ),
);
add('CSIP97', 'na-no-schemas', 'not-applicable', root(edit(SCHEMAS_GRP, ''), edit(SCHEMAS_DIV, '')));

add('CSIP98', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-schemas" ', '<mets:div ')));
add(
  'CSIP98',
  'fail-not-an-ncname',
  'failed',
  root(edit('<mets:div ID="div-schemas" ', '<mets:div ID="2-schemas" ')),
);
add('CSIP98', 'na-no-division', 'not-applicable', root(edit(SCHEMAS_DIV, '')));

add('CSIP99', 'fail-upper-case', 'failed', root(edit('LABEL="Schemas"', 'LABEL="SCHEMAS"')));
add(
  'CSIP99',
  'fail-other-label-for-schemas-group',
  'failed',
  root(edit('LABEL="Schemas"', 'LABEL="Schema"')),
);
add('CSIP99', 'na-no-division', 'not-applicable', root(edit(SCHEMAS_DIV, '')));

add(
  'CSIP100',
  'fail-no-fptr',
  'failed',
  root(edit(/(<mets:div ID="div-schemas" LABEL="Schemas">)\s*<mets:fptr FILEID="grp-schemas"\/>\s*/, '$1')),
  BOTH,
);
add(
  'CSIP100',
  'fail-two-groups-in-one-fptr',
  'failed',
  root(edit('<mets:fptr FILEID="grp-schemas"/>', '<mets:fptr FILEID="grp-schemas grp-doc"/>')),
  BOTH,
);
add('CSIP100', 'na-no-division', 'not-applicable', root(edit(SCHEMAS_DIV, '')));

add(
  'CSIP118',
  'fail-missing-fileid',
  'failed',
  root(edit('<mets:fptr FILEID="grp-schemas"/>', '<mets:fptr/>')),
);
add(
  'CSIP118',
  'fail-points-to-documentation-group',
  'failed',
  root(edit('<mets:fptr FILEID="grp-schemas"/>', '<mets:fptr FILEID="grp-doc"/>')),
);
add(
  'CSIP118',
  'na-no-fptr',
  'not-applicable',
  root(edit(/(<mets:div ID="div-schemas" LABEL="Schemas">)\s*<mets:fptr FILEID="grp-schemas"\/>\s*/, '$1')),
);

add('CSIP101', 'fail-missing-in-package', 'failed', root(edit(REPS_DIV, ''), edit(REP1_DIV, '')));
add(
  'CSIP101',
  'fail-missing-in-rep-mets',
  'failed',
  rep(
    edit('<mets:div ID="rep-div-data" LABEL="Representations">', '<mets:div ID="rep-div-data" LABEL="Data">'),
  ),
);
add(
  'CSIP101',
  'fail-two',
  'failed',
  root(
    edit(
      '<mets:div ID="div-reps" LABEL="Representations">',
      '<mets:div ID="div-reps-2" LABEL="Representations"/>\n      <mets:div ID="div-reps" LABEL="Representations">',
    ),
  ),
);
add('CSIP101', 'pass-representation-divisions-only', 'passed', root(edit(REPS_DIV, '')));

add('CSIP102', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-reps" ', '<mets:div ')));
add('CSIP102', 'fail-rep-mets-missing-id', 'failed', rep(edit('<mets:div ID="rep-div-data" ', '<mets:div ')));
add(
  'CSIP102',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:div ID="div-reps" ', '<mets:div ID="rep-div-data" ')),
  ['sip-2.1'],
);
add('CSIP102', 'na-no-division', 'not-applicable', {
  rootMets: edit(REPS_DIV, ''),
  repMets: edit(
    '<mets:div ID="rep-div-data" LABEL="Representations">',
    '<mets:div ID="rep-div-data" LABEL="Data">',
  ),
});

add(
  'CSIP103',
  'fail-lower-case',
  'failed',
  root(edit('LABEL="Representations">', 'LABEL="representations">')),
);
add(
  'CSIP103',
  'fail-other-label-for-representation-group',
  'failed',
  root(edit('LABEL="Representations">', 'LABEL="Content">')),
);
add(
  'CSIP103',
  'pass-rep-mets-data-division',
  'passed',
  rep(
    edit(REP_DATA_CIT, 'USE="Data"'),
    edit('<mets:div ID="rep-div-data" LABEL="Representations">', '<mets:div ID="rep-div-data" LABEL="Data">'),
  ),
);

add(
  'CSIP104',
  'fail-no-fptr',
  'failed',
  root(edit(/(<mets:div ID="div-reps" LABEL="Representations">)\s*<mets:fptr FILEID="grp-rep1"\/>\s*/, '$1')),
  BOTH,
);
add(
  'CSIP104',
  'fail-second-representation-not-referenced',
  'failed',
  root(
    edit(
      '<mets:fileGrp ID="grp-rep1"',
      '<mets:fileGrp ID="grp-rep2" USE="Representations/rep2" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"/>\n    <mets:fileGrp ID="grp-rep1"',
    ),
  ),
  BOTH,
);
add('CSIP104', 'na-no-division', 'not-applicable', {
  rootMets: edit(REPS_DIV, ''),
  repMets: edit(
    '<mets:div ID="rep-div-data" LABEL="Representations">',
    '<mets:div ID="rep-div-data" LABEL="Data">',
  ),
});

add('CSIP119', 'fail-missing-fileid', 'failed', root(edit('<mets:fptr FILEID="grp-rep1"/>', '<mets:fptr/>')));
add(
  'CSIP119',
  'fail-points-to-documentation-group',
  'failed',
  root(edit('<mets:fptr FILEID="grp-rep1"/>', '<mets:fptr FILEID="grp-doc"/>')),
);
add(
  'CSIP119',
  'fail-rep-mets-points-to-nothing',
  'failed',
  rep(edit('<mets:fptr FILEID="rep-grp-data"/>', '<mets:fptr FILEID="grp-rep1"/>')),
);
add('CSIP119', 'na-no-fptr', 'not-applicable', {
  rootMets: edit(REPS_DIV, ''),
  repMets: edit(/\s*<mets:fptr FILEID="rep-grp-data"\/>/, ''),
});

// --- Representation divisions (package METS) -------------------------------------------------------

add('CSIP105', 'fail-no-representation-division', 'failed', root(edit(REP1_DIV, '')));
add(
  'CSIP105',
  'fail-mptr-to-other-file',
  'failed',
  root(
    edit(
      'xlink:href="representations/rep1/METS.xml" xlink:title',
      'xlink:href="representations/rep1/mets.xml" xlink:title',
    ),
  ),
);
add('CSIP105', 'fail-no-package-mets', 'failed', NO_METS);
add('CSIP105', 'na-no-representation-mets', 'not-applicable', {
  rootMets: edit(REP1_DIV, ''),
  files: (t) => void t.delete('representations/rep1/METS.xml'),
});

add('CSIP106', 'fail-missing-id', 'failed', root(edit('<mets:div ID="div-rep1" ', '<mets:div ')));
add(
  'CSIP106',
  'fail-duplicate-across-package-v2-1',
  'failed',
  root(edit('<mets:div ID="div-rep1" ', '<mets:div ID="rep-div-root" ')),
  ['csip-2.1'],
);
add(
  'CSIP106',
  'pass-same-id-in-rep-mets-v2-2',
  'passed',
  root(edit('<mets:div ID="div-rep1" ', '<mets:div ID="rep-div-root" ')),
  ['csip-2.2'],
);
add('CSIP106', 'na-no-representation-division', 'not-applicable', root(edit(REP1_DIV, '')));

add(
  'CSIP107',
  'fail-label-without-prefix',
  'failed',
  root(edit('LABEL="Representations/rep1"', 'LABEL="rep1"')),
);
add(
  'CSIP107',
  'fail-label-names-other-folder',
  'failed',
  root(edit('LABEL="Representations/rep1"', 'LABEL="Representations/rep2"')),
);
add('CSIP107', 'na-no-representation-division', 'not-applicable', root(edit(REP1_DIV, '')));

add('CSIP108', 'fail-missing-title', 'failed', root(edit(' xlink:title="grp-rep1"', '')));
add(
  'CSIP108',
  'fail-title-names-no-group',
  'failed',
  root(edit('xlink:title="grp-rep1"', 'xlink:title="grp-rep9"')),
);
add(
  'CSIP108',
  'fail-title-names-documentation-group',
  'failed',
  root(edit('xlink:title="grp-rep1"', 'xlink:title="grp-doc"')),
);
add(
  'CSIP108',
  'fail-group-of-other-representation',
  'failed',
  root(
    edit(
      '<mets:fileGrp ID="grp-rep1"',
      '<mets:fileGrp ID="grp-rep2" USE="Representations/rep2" csip:CONTENTINFORMATIONTYPE="citserms_v2_1"/>\n    <mets:fileGrp ID="grp-rep1"',
    ),
    edit('xlink:title="grp-rep1"', 'xlink:title="grp-rep2"'),
  ),
);
add('CSIP108', 'na-no-representation-division', 'not-applicable', root(edit(REP1_DIV, '')));

add('CSIP109', 'fail-no-mptr', 'failed', root(edit(REP_MPTR, '')));
add('CSIP109', 'fail-two-mptrs', 'failed', root(edit(REP_MPTR, `${REP_MPTR}\n        ${REP_MPTR}`)));
add('CSIP109', 'na-no-representation-division', 'not-applicable', root(edit(REP1_DIV, '')));

add(
  'CSIP110',
  'fail-target-missing',
  'failed',
  root(
    edit(
      'xlink:href="representations/rep1/METS.xml" xlink:title',
      'xlink:href="representations/rep9/METS.xml" xlink:title',
    ),
  ),
);
add(
  'CSIP110',
  'fail-wrong-case',
  'failed',
  root(
    edit(
      'xlink:href="representations/rep1/METS.xml" xlink:title',
      'xlink:href="representations/rep1/mets.xml" xlink:title',
    ),
  ),
);
add(
  'CSIP110',
  'fail-missing-href',
  'failed',
  root(edit(' xlink:href="representations/rep1/METS.xml" xlink:title', ' xlink:title')),
);
add(
  'CSIP110',
  'fail-target-not-mets',
  'failed',
  root(
    edit(
      'xlink:href="representations/rep1/METS.xml" xlink:title',
      'xlink:href="metadata/descriptive/ead.xml" xlink:title',
    ),
  ),
);
add('CSIP110', 'na-no-mptr', 'not-applicable', root(edit(REP1_DIV, '')));

add('CSIP111', 'fail-missing', 'failed', root(edit(REP_MPTR, REP_MPTR.replace(' xlink:type="simple"', ''))));
add(
  'CSIP111',
  'fail-wrong-value',
  'failed',
  root(edit(REP_MPTR, REP_MPTR.replace('xlink:type="simple"', 'xlink:type="extended"'))),
);
add('CSIP111', 'na-no-mptr', 'not-applicable', root(edit(REP1_DIV, '')));

add('CSIP112', 'fail-missing', 'failed', root(edit(REP_MPTR, REP_MPTR.replace('LOCTYPE="URL" ', ''))));
add(
  'CSIP112',
  'fail-wrong-value',
  'failed',
  root(edit(REP_MPTR, REP_MPTR.replace('LOCTYPE="URL"', 'LOCTYPE="HANDLE"'))),
);
add('CSIP112', 'na-no-mptr', 'not-applicable', root(edit(REP1_DIV, '')));

export const CSIP_STRUCTURE_CASES: readonly RuleCase[] = cases;

/** Every requirement of this area can fail; nothing to excuse. */
export const CSIP_STRUCTURE_NO_FAIL: readonly NoFailReason[] = [];
