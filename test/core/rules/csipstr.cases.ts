/**
 * Rule cases of the folder structure rules (CSIPSTR1–CSIPSTR16): each case changes the valid
 * fixture's file tree, root folder name or container, or the METS where a rule reads it.
 * Edits throw when their target is absent, so a fixture change cannot silently flip a case.
 */
import type { NoFailReason, RuleCase } from '../../support/rule-case.ts';
import {
  ALL,
  caseList,
  edit,
  type Fixture,
  move,
  removeUnder,
  REP_AMDSEC,
  REP_WITHOUT_METADATA,
} from './fixture-edits.ts';

const BYTES = new TextEncoder().encode('x\n');
const OBJID = 'uuid-3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f';

const { cases, add } = caseList();
const NO_REPRESENTATIONS: Fixture = { files: (f) => removeUnder(f, 'representations') };

add('CSIPSTR1', 'pass-folder', 'passed', undefined, ALL);
add('CSIPSTR1', 'pass-zip-with-one-root-folder', 'passed', { container: 'zip' });
add('CSIPSTR1', 'pass-tar-with-one-root-folder', 'passed', { container: 'tar' });
add('CSIPSTR1', 'fail-zip-without-root-folder', 'failed', { container: 'zip', rootName: null });
add('CSIPSTR1', 'fail-tar-without-root-folder', 'failed', { container: 'tar', rootName: null }, ['sip-2.1']);

add('CSIPSTR2', 'pass-folder-named-objid', 'passed', undefined, ALL);
add('CSIPSTR2', 'pass-urn-objid-with-colons', 'passed', {
  objid: 'urn:uuid:3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f',
});
add('CSIPSTR2', 'pass-urn-objid-colons-mapped-to-plus', 'passed', {
  objid: 'urn:uuid:3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f',
  rootName: 'urn+uuid+3f1a4f7e-7a2b-4c1e-9d7a-0b9a1c2d3e4f',
});
add('CSIPSTR2', 'pass-objid-with-slash-percent-encoded', 'passed', {
  objid: 'SE/1281/BN-2019',
  rootName: 'SE%2F1281%2FBN-2019',
});
add('CSIPSTR2', 'fail-folder-named-otherwise', 'failed', { rootName: 'leverans-2026-11' });
add('CSIPSTR2', 'fail-folder-named-with-other-case', 'failed', { rootName: OBJID.toUpperCase() }, [
  'sip-2.2',
]);
add('CSIPSTR2', 'na-no-single-root-folder', 'not-applicable', { container: 'zip', rootName: null });
add('CSIPSTR2', 'na-no-objid', 'not-applicable', { rootMets: edit(/ OBJID="[^"]*"/, '') });

add('CSIPSTR3', 'pass-folder', 'passed');
add('CSIPSTR3', 'pass-zip', 'passed', { container: 'zip' });
add('CSIPSTR3', 'pass-tar', 'passed', { container: 'tar' });

add('CSIPSTR4', 'pass-mets-xml', 'passed', undefined, ALL);
add('CSIPSTR4', 'fail-no-mets-xml', 'failed', { files: (f) => void f.delete('METS.xml') });
add('CSIPSTR4', 'fail-lower-case-mets-xml', 'failed', { files: (f) => move(f, 'METS.xml', 'mets.xml') });
add('CSIPSTR4', 'fail-mets-xml-not-well-formed', 'failed', { files: (f) => void f.set('METS.xml', BYTES) });
add('CSIPSTR4', 'fail-mets-xml-not-mets', 'failed', {
  files: (f) =>
    void f.set(
      'METS.xml',
      new TextEncoder().encode('<?xml version="1.0"?>\n<ead xmlns="urn:isbn:1-931666-22-9"/>\n'),
    ),
});

add('CSIPSTR5', 'pass-metadata-folder', 'passed', undefined, ALL);
add('CSIPSTR5', 'fail-no-metadata-folder', 'failed', { files: (f) => removeUnder(f, 'metadata') });
add('CSIPSTR5', 'fail-metadata-folder-capitalised', 'failed', {
  files: (f) => {
    move(f, 'metadata/descriptive/ead.xml', 'Metadata/descriptive/ead.xml');
    move(f, 'metadata/preservation/premis.xml', 'Metadata/preservation/premis.xml');
  },
});

add('CSIPSTR6', 'pass-premis-in-preservation', 'passed', undefined, ALL);
add('CSIPSTR6', 'pass-representation-premis-in-its-preservation-folder', 'passed', {
  rootMets: edit(
    'xlink:href="metadata/preservation/premis.xml"',
    'xlink:href="representations/rep1/metadata/preservation/premis.xml"',
  ),
  files: (f) =>
    move(f, 'metadata/preservation/premis.xml', 'representations/rep1/metadata/preservation/premis.xml'),
});
add('CSIPSTR6', 'fail-premis-directly-in-metadata', 'failed', {
  rootMets: edit('xlink:href="metadata/preservation/premis.xml"', 'xlink:href="metadata/premis.xml"'),
  files: (f) => move(f, 'metadata/preservation/premis.xml', 'metadata/premis.xml'),
});
add('CSIPSTR6', 'na-no-digiprovmd', 'not-applicable', {
  rootMets: edit(/<mets:amdSec[\s\S]*?<\/mets:amdSec>\n {2}/, ''),
  repMets: edit(REP_AMDSEC, ''),
});

add('CSIPSTR7', 'pass-ead-in-descriptive', 'passed', undefined, ALL);
add('CSIPSTR7', 'fail-ead-in-other-folder', 'failed', {
  rootMets: edit('xlink:href="metadata/descriptive/ead.xml"', 'xlink:href="metadata/other/ead.xml"'),
  files: (f) => move(f, 'metadata/descriptive/ead.xml', 'metadata/other/ead.xml'),
});
add('CSIPSTR7', 'na-no-dmdsec', 'not-applicable', {
  rootMets: edit(/<mets:dmdSec[\s\S]*?<\/mets:dmdSec>\n {2}/, ''),
});

add('CSIPSTR8', 'pass-no-other-metadata', 'passed');
add('CSIPSTR8', 'pass-other-metadata-folder', 'passed', {
  files: (f) => void f.set('metadata/other/notes.txt', BYTES),
});

add('CSIPSTR9', 'pass-representations-folder', 'passed', undefined, ALL);
add('CSIPSTR9', 'fail-no-representations-folder', 'failed', NO_REPRESENTATIONS);
add('CSIPSTR9', 'fail-representation-outside-representations', 'failed', {
  files: (f) => {
    for (const path of [...f.keys()].filter((p) => p.startsWith('representations/')))
      move(f, path, `R${path.slice(1)}`);
  },
});

add('CSIPSTR10', 'pass-one-representation-folder', 'passed', undefined, ALL);
add('CSIPSTR10', 'na-no-representations-folder', 'not-applicable', NO_REPRESENTATIONS);
add('CSIPSTR10', 'fail-file-directly-in-representations', 'failed', {
  files: (f) => void f.set('representations/readme.txt', BYTES),
});
add('CSIPSTR10', 'fail-folder-names-differ-only-in-case', 'failed', {
  files: (f) => void f.set('representations/REP1/data/x.txt', BYTES),
});
add(
  'CSIPSTR10',
  'fail-representation-objid-not-folder-name',
  'failed',
  { repMets: edit('OBJID="rep1"', 'OBJID="representation-1"') },
  ['csip-2.1', 'sip-2.2'],
);

add('CSIPSTR11', 'pass-data-folder', 'passed', undefined, ALL);
add('CSIPSTR11', 'na-no-representations', 'not-applicable', NO_REPRESENTATIONS);
add('CSIPSTR11', 'fail-content-outside-data', 'failed', {
  files: (f) =>
    move(
      f,
      'representations/rep1/data/bygglov beslut.txt',
      'representations/rep1/content/bygglov beslut.txt',
    ),
});

add('CSIPSTR12', 'pass-representation-mets', 'passed', undefined, ALL);
add('CSIPSTR12', 'na-no-representations', 'not-applicable', NO_REPRESENTATIONS);
add('CSIPSTR12', 'fail-no-representation-mets', 'failed', {
  files: (f) => void f.delete('representations/rep1/METS.xml'),
});
add('CSIPSTR12', 'fail-second-representation-without-mets', 'failed', {
  files: (f) => void f.set('representations/rep2/data/x.txt', BYTES),
});

add('CSIPSTR13', 'pass-representation-metadata-folder', 'passed', undefined, ALL);
add('CSIPSTR13', 'pass-representation-metadata-other-folder', 'passed', {
  files: (f) => {
    removeUnder(f, 'representations/rep1/metadata');
    f.set('representations/rep1/metadata/other/notes.txt', BYTES);
  },
  repMets: REP_WITHOUT_METADATA.repMets,
});
add('CSIPSTR13', 'na-no-representations', 'not-applicable', NO_REPRESENTATIONS);
add('CSIPSTR13', 'fail-no-representation-metadata-folder', 'failed', REP_WITHOUT_METADATA);
add('CSIPSTR13', 'fail-second-representation-without-metadata-folder', 'failed', {
  files: (f) => void f.set('representations/rep2/data/x.txt', BYTES),
});

add('CSIPSTR14', 'pass-standard-folders', 'passed');
add('CSIPSTR14', 'pass-additional-folder', 'passed', { files: (f) => void f.set('extra/notes.txt', BYTES) });

add('CSIPSTR15', 'pass-schemas-folder', 'passed', undefined, ALL);
add('CSIPSTR15', 'pass-schema-location-in-package', 'passed', {
  rootMets: edit(
    '<mets:mets ',
    '<mets:mets xsi:schemaLocation="http://www.loc.gov/METS/ schemas/fixture.xsd" ',
  ),
});
add('CSIPSTR15', 'pass-schema-location-web-url', 'passed', {
  rootMets: edit(
    '<mets:mets ',
    '<mets:mets xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd" ',
  ),
});
add('CSIPSTR15', 'pass-schemas-only-in-representation', 'passed', {
  rootMets: edit('xlink:href="schemas/fixture.xsd"', 'xlink:href="representations/rep1/schemas/fixture.xsd"'),
  files: (f) => move(f, 'schemas/fixture.xsd', 'representations/rep1/schemas/fixture.xsd'),
});
add('CSIPSTR15', 'na-no-readable-mets', 'not-applicable', {
  files: (f) => {
    f.delete('METS.xml');
    f.delete('representations/rep1/METS.xml');
  },
});
add('CSIPSTR15', 'fail-no-schemas-folder', 'failed', { files: (f) => removeUnder(f, 'schemas') });
add('CSIPSTR15', 'fail-schema-location-missing-file', 'failed', {
  repMets: edit(
    '<mets:mets ',
    '<mets:mets xsi:schemaLocation="http://www.loc.gov/METS/ ../../schemas/mets.xsd" ',
  ),
});
add('CSIPSTR15', 'fail-schemas-filegrp-file-outside-schemas', 'failed', {
  rootMets: edit('xlink:href="schemas/fixture.xsd"', 'xlink:href="metadata/fixture.xsd"'),
  files: (f) => {
    move(f, 'schemas/fixture.xsd', 'metadata/fixture.xsd');
    f.set('schemas/mets.xsd', BYTES);
  },
});

add('CSIPSTR16', 'pass-documentation-folder', 'passed', undefined, ALL);
add('CSIPSTR16', 'na-no-documentation', 'not-applicable', {
  rootMets: edit(/<mets:fileGrp ID="grp-doc"[\s\S]*?<\/mets:fileGrp>\n {4}/, ''),
  files: (f) => removeUnder(f, 'documentation'),
});
add('CSIPSTR16', 'fail-documentation-outside-documentation-folder', 'failed', {
  rootMets: edit(
    'xlink:href="documentation/leveransbeskrivning.txt"',
    'xlink:href="docs/leveransbeskrivning.txt"',
  ),
  files: (f) => move(f, 'documentation/leveransbeskrivning.txt', 'docs/leveransbeskrivning.txt'),
});

export const CSIPSTR_CASES: readonly RuleCase[] = cases;

export const CSIPSTR_NO_FAIL: readonly NoFailReason[] = [
  {
    id: 'CSIPSTR3',
    reason:
      'A MAY that only informs: a folder, ZIP and TAR all pass; the format agreed in the submission agreement is not in the package.',
  },
  {
    id: 'CSIPSTR8',
    reason: 'A MAY that only permits: other metadata may be in sub-folders of metadata/ or not.',
  },
  { id: 'CSIPSTR14', reason: 'A MAY that only permits: additional folders never fail.' },
];
