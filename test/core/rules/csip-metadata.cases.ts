/**
 * Rule cases of the METS metadata rules (CSIP1–CSIP57, CSIP117): each case breaks (or keeps) the
 * valid fixture with one edit. Edits throw when their target text is absent, so a fixture change
 * cannot silently turn a failing case into a passing one.
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
  NO_METS,
  REP_AMDSEC,
  REP_DIGIPROV,
  REP_WITHOUT_METADATA,
} from './fixture-edits.ts';

const CREATED = '2026-11-20T10:00:00+01:00';
const EAD_HREF = 'metadata/descriptive/ead.xml';
const PREMIS_HREF = 'metadata/preservation/premis.xml';
const RIGHTS_HREF = 'metadata/other/rights.xml';
const RIGHTS = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<rights>Fri användning</rights>\n',
);
const RIGHTS_SHA256 = createHash('sha256').update(RIGHTS).digest('hex');

const RIGHTS_MD = `<mets:rightsMD ID="rights-1" CREATED="${CREATED}" STATUS="CURRENT">
      <mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${RIGHTS_HREF}" MDTYPE="OTHER" OTHERMDTYPE="RightsStatements" MIMETYPE="text/xml" SIZE="${RIGHTS.length}" CREATED="${CREATED}" CHECKSUM="${RIGHTS_SHA256}" CHECKSUMTYPE="SHA-256"/>
    </mets:rightsMD>
    `;

/** The valid fixture plus a rightsMD (CSIP45–57), then the given edits of the package METS. */
function withRights(...edits: Edit[]): Fixture {
  return {
    rootMets: chain(
      edit('<mets:amdSec ID="amd-1">\n    ', `<mets:amdSec ID="amd-1">\n    ${RIGHTS_MD}`),
      ...edits,
    ),
    files: (files: FileTree) => void files.set(RIGHTS_HREF, RIGHTS),
  };
}

/** Edits the mdRef tag that points to `href`. */
function editRef(href: string, from: string | RegExp, to: string): Edit {
  return (xml) => {
    const tag = new RegExp(`<mets:mdRef [^>]*xlink:href="${href}"[^>]*/>`).exec(xml)?.[0];
    if (!tag) throw new Error(`no mdRef to ${href}`);
    return xml.replace(tag, edit(from, to)(tag));
  };
}

const { cases, add } = caseList();
const BROKEN_METS: Fixture = {
  files: (f) =>
    void f.set('METS.xml', new TextEncoder().encode('<mets:mets xmlns:mets="http://www.loc.gov/METS/">')),
};
const MET_TAG =
  'TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE=';
const SOFTWARE_AGENT =
  /<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">[\s\S]*?<\/mets:agent>\n/;
const SOFTWARE_NOTE = '<mets:note csip:NOTETYPE="SOFTWARE VERSION">1.0</mets:note>';

// --- root mets element (CSIP1–6) ---------------------------------------------------------------

add('CSIP1', 'pass-objid-in-every-mets', 'passed', undefined, ALL);
add('CSIP1', 'fail-package-objid-missing', 'failed', { rootMets: edit(/ OBJID="[^"]*"/, '') });
add('CSIP1', 'fail-representation-objid-empty', 'failed', { repMets: edit('OBJID="rep1"', 'OBJID=" "') });
add('CSIP1', 'fail-no-package-mets', 'failed', NO_METS);
add('CSIP1', 'fail-package-mets-not-well-formed', 'failed', BROKEN_METS);

add('CSIP2', 'pass-vocabulary-term-with-en-dash', 'passed', undefined, ALL);
add('CSIP2', 'pass-datasets', 'passed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="Datasets"'),
});
add('CSIP2', 'pass-upper-case-other', 'passed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="OTHER" csip:OTHERTYPE="Bygglov"'),
});
add('CSIP2', 'fail-hyphen-instead-of-en-dash', 'failed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="Textual works - Digital"'),
});
add('CSIP2', 'fail-term-not-in-vocabulary', 'failed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="Bygglov"'),
});
add('CSIP2', 'fail-representation-type-missing', 'failed', {
  repMets: edit('TYPE="Textual works – Digital" ', ''),
});

add('CSIP3', 'na-type-not-other', 'not-applicable');
add('CSIP3', 'pass-other-with-othertype', 'passed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="OTHER" csip:OTHERTYPE="Bygglovsärenden"'),
});
add(
  'CSIP3',
  'pass-vocabulary-other-with-othertype',
  'passed',
  { repMets: edit('TYPE="Textual works – Digital"', 'TYPE="Other" csip:OTHERTYPE="Ritningar"') },
  ['csip-2.1'],
);
add('CSIP3', 'fail-other-without-othertype', 'failed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="OTHER"'),
});
add('CSIP3', 'fail-othertype-is-vocabulary-term', 'failed', {
  rootMets: edit('TYPE="Textual works – Digital"', 'TYPE="OTHER" csip:OTHERTYPE="Datasets"'),
});

add('CSIP4', 'pass-other-in-every-mets', 'passed', undefined, ALL);
add('CSIP4', 'pass-cits-erms', 'passed', {
  rootMets: edit(
    'csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE=',
    'csip:CONTENTINFORMATIONTYPE="citserms_v2_1" PROFILE=',
  ),
});
add('CSIP4', 'fail-representation-without-type', 'failed', {
  repMets: edit(
    'csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE=',
    'PROFILE=',
  ),
});
add('CSIP4', 'fail-package-without-type', 'failed', {
  rootMets: edit(
    'csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE=',
    'PROFILE=',
  ),
});
add('CSIP4', 'fail-value-not-in-schema', 'failed', {
  rootMets: edit(MET_TAG, MET_TAG.replace('"OTHER"', '"citscarchival_v1_0"')),
});
add('CSIP4', 'fail-wrong-case', 'failed', { repMets: edit(MET_TAG, MET_TAG.replace('"OTHER"', '"other"')) });

add('CSIP5', 'pass-other-with-othercontentinformationtype', 'passed', undefined, ALL);
add('CSIP5', 'na-no-other', 'not-applicable', {
  rootMets: edit(
    MET_TAG,
    'TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="citserms_v2_1" PROFILE=',
  ),
  repMets: edit(
    MET_TAG,
    'TYPE="Textual works – Digital" csip:CONTENTINFORMATIONTYPE="citserms_v2_1" PROFILE=',
  ),
});
add('CSIP5', 'fail-other-without-othercontentinformationtype', 'failed', {
  repMets: edit(' csip:OTHERCONTENTINFORMATIONTYPE="samarkiv-fixture" PROFILE=', ' PROFILE='),
});

add('CSIP6', 'pass-canonical-url', 'passed', undefined, ALL);
add(
  'CSIP6',
  'pass-versioned-csip-2-1-url',
  'passed',
  { rootMets: edit(/PROFILE="[^"]*"/, 'PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP-v2-1-0.xml"') },
  ['csip-2.1'],
);
add(
  'CSIP6',
  'pass-versioned-sip-2-1-url',
  'passed',
  { rootMets: edit(/PROFILE="[^"]*"/, 'PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-1-0.xml"') },
  ['sip-2.1'],
);
add('CSIP6', 'fail-unknown-url', 'failed', {
  rootMets: edit(/PROFILE="[^"]*"/, 'PROFILE="https://example.org/profile.xml"'),
});
add(
  'CSIP6',
  'fail-url-of-other-profile',
  'failed',
  { rootMets: edit(/PROFILE="[^"]*"/, 'PROFILE="https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml"') },
  ['sip-2.2'],
);
add('CSIP6', 'fail-representation-without-profile', 'failed', { repMets: edit(/ PROFILE="[^"]*"/, '') });

// --- metsHdr (CSIP7–16, CSIP117) ---------------------------------------------------------------

add('CSIP7', 'pass-createdate', 'passed', undefined, ALL);
add('CSIP7', 'pass-createdate-utc-with-fraction', 'passed', {
  rootMets: edit(`CREATEDATE="${CREATED}"`, 'CREATEDATE="2026-11-20T09:00:00.125Z"'),
});
add('CSIP7', 'fail-createdate-not-datetime', 'failed', {
  rootMets: edit(`CREATEDATE="${CREATED}"`, 'CREATEDATE="2026-11-20 10:00"'),
});
add('CSIP7', 'fail-createdate-impossible-date', 'failed', {
  rootMets: edit(`CREATEDATE="${CREATED}"`, 'CREATEDATE="2026-02-30T10:00:00"'),
});
add('CSIP7', 'fail-representation-without-createdate', 'failed', {
  repMets: edit(`CREATEDATE="${CREATED}" `, ''),
});
add('CSIP7', 'fail-no-metshdr', 'failed', {
  rootMets: edit(/ {2}<mets:metsHdr[\s\S]*?<\/mets:metsHdr>\n/, ''),
});

add('CSIP8', 'pass-lastmoddate', 'passed', undefined, ALL);
add('CSIP8', 'na-no-lastmoddate', 'not-applicable', {
  rootMets: edit(`LASTMODDATE="${CREATED}"`, ''),
  repMets: edit(`LASTMODDATE="${CREATED}"`, ''),
});
add('CSIP8', 'fail-lastmoddate-not-datetime', 'failed', {
  rootMets: edit(`LASTMODDATE="${CREATED}"`, 'LASTMODDATE="igår"'),
});
add('CSIP8', 'fail-lastmoddate-before-createdate', 'failed', {
  repMets: edit(`LASTMODDATE="${CREATED}"`, 'LASTMODDATE="2026-11-19T10:00:00+01:00"'),
});

add('CSIP9', 'pass-package-type', 'passed', undefined, ALL);
add(
  'CSIP9',
  'pass-aip-in-plain-csip',
  'passed',
  { rootMets: edit('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="AIP"') },
  ['csip-2.1', 'csip-2.2'],
);
add('CSIP9', 'fail-lower-case', 'failed', {
  rootMets: edit('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="sip"'),
});
add(
  'CSIP9',
  'fail-type-differs-from-profile',
  'failed',
  { rootMets: edit('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="AIP"') },
  ['sip-2.1', 'sip-2.2'],
);
add(
  'CSIP9',
  'fail-representation-type-differs-from-profile',
  'failed',
  { repMets: edit('csip:OAISPACKAGETYPE="DIP"', 'csip:OAISPACKAGETYPE="AIP"') },
  ['dip-2.2'],
);
add('CSIP9', 'fail-missing', 'failed', { rootMets: edit(' csip:OAISPACKAGETYPE="AIP"', '') }, ['aip-2.2']);

add('CSIP10', 'pass-one-software-agent', 'passed', undefined, ALL);
add('CSIP10', 'fail-no-agent', 'failed', { rootMets: edit(SOFTWARE_AGENT, '') });
add('CSIP10', 'fail-only-organisation-agents', 'failed', { rootMets: edit(SOFTWARE_AGENT, '') }, ['sip-2.2']);
add('CSIP10', 'fail-two-software-agents', 'failed', {
  repMets: edit(
    '<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">',
    `<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>Annat verktyg</mets:name>${SOFTWARE_NOTE}</mets:agent>\n    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">`,
  ),
});

add('CSIP11', 'pass-role-creator', 'passed', undefined, ALL);
add('CSIP11', 'fail-role-not-creator', 'failed', {
  rootMets: edit('<mets:agent ROLE="CREATOR" TYPE="OTHER"', '<mets:agent ROLE="EDITOR" TYPE="OTHER"'),
});
add('CSIP11', 'fail-no-software-agent', 'failed', { rootMets: edit(SOFTWARE_AGENT, '') }, ['sip-2.1']);

add('CSIP12', 'pass-type-other', 'passed', undefined, ALL);
add('CSIP12', 'fail-type-organization', 'failed', {
  rootMets: edit(
    'ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"',
    'ROLE="CREATOR" TYPE="ORGANIZATION" OTHERTYPE="SOFTWARE"',
  ),
});
add('CSIP12', 'fail-type-missing', 'failed', {
  repMets: edit('ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"', 'ROLE="CREATOR" OTHERTYPE="SOFTWARE"'),
});

add('CSIP13', 'pass-othertype-software', 'passed', undefined, ALL);
add('CSIP13', 'fail-othertype-lower-case', 'failed', {
  rootMets: edit('OTHERTYPE="SOFTWARE"', 'OTHERTYPE="software"'),
});
add('CSIP13', 'fail-othertype-missing', 'failed', { rootMets: edit(' OTHERTYPE="SOFTWARE"', '') }, [
  'sip-2.2',
]);

add('CSIP14', 'pass-one-name', 'passed', undefined, ALL);
add('CSIP14', 'fail-no-name', 'failed', { rootMets: edit('<mets:name>samarkiv fixture</mets:name>', '') });
add('CSIP14', 'fail-two-names', 'failed', {
  rootMets: edit(
    '<mets:name>samarkiv fixture</mets:name>',
    '<mets:name>samarkiv</mets:name><mets:name>fixture</mets:name>',
  ),
});
add('CSIP14', 'fail-empty-name', 'failed', {
  repMets: edit('<mets:name>samarkiv fixture</mets:name>', '<mets:name> </mets:name>'),
});

add('CSIP15', 'pass-one-note', 'passed', undefined, ALL);
add('CSIP15', 'fail-no-note', 'failed', { rootMets: edit(SOFTWARE_NOTE, '') });
add(
  'CSIP15',
  'fail-two-notes',
  'failed',
  { rootMets: edit(SOFTWARE_NOTE, `${SOFTWARE_NOTE}<mets:note>byggd 2026-11-20</mets:note>`) },
  ['csip-2.1', 'csip-2.2'],
);
add('CSIP15', 'fail-empty-note', 'failed', {
  repMets: edit(SOFTWARE_NOTE, '<mets:note csip:NOTETYPE="SOFTWARE VERSION"></mets:note>'),
});

add('CSIP16', 'pass-notetype-software-version', 'passed', undefined, ALL);
add('CSIP16', 'fail-notetype-missing', 'failed', { rootMets: edit(' csip:NOTETYPE="SOFTWARE VERSION"', '') });
add('CSIP16', 'fail-notetype-other-value', 'failed', {
  rootMets: edit('csip:NOTETYPE="SOFTWARE VERSION"', 'csip:NOTETYPE="IDENTIFICATIONCODE"'),
});
add('CSIP16', 'fail-no-note', 'failed', { repMets: edit(SOFTWARE_NOTE, '') });

add('CSIP117', 'pass-one-metshdr', 'passed', undefined, ALL);
add('CSIP117', 'fail-representation-without-metshdr', 'failed', {
  repMets: edit(/ {2}<mets:metsHdr[\s\S]*?<\/mets:metsHdr>\n/, ''),
});
add('CSIP117', 'fail-no-package-mets', 'failed', NO_METS);

// --- dmdSec (CSIP17–30) -------------------------------------------------------------------------

const DMD_SEC = /<mets:dmdSec[\s\S]*?<\/mets:dmdSec>\n {2}/;
const NO_DMD: Fixture = { rootMets: edit(DMD_SEC, '') };

add('CSIP17', 'pass-described', 'passed', undefined, ALL);
add('CSIP17', 'fail-package-without-dmdsec', 'failed', NO_DMD);
add('CSIP17', 'fail-descriptive-file-not-described', 'failed', {
  files: (f) => void f.set('metadata/descriptive/extra.xml', RIGHTS),
});
add('CSIP17', 'fail-representation-descriptive-file-not-described', 'failed', {
  files: (f) => void f.set('representations/rep1/metadata/descriptive/dc.xml', RIGHTS),
});
add('CSIP17', 'fail-no-package-mets', 'failed', NO_METS);

add('CSIP18', 'pass-unique-id', 'passed', undefined, ALL);
add('CSIP18', 'na-no-dmdsec', 'not-applicable', NO_DMD);
add('CSIP18', 'fail-id-missing', 'failed', { rootMets: edit('<mets:dmdSec ID="dmd-ead" ', '<mets:dmdSec ') });
add('CSIP18', 'fail-id-not-ncname', 'failed', {
  rootMets: edit('<mets:dmdSec ID="dmd-ead" ', '<mets:dmdSec ID="1-dmd" '),
});
add('CSIP18', 'fail-id-duplicate-in-document', 'failed', {
  rootMets: edit('ID="digiprov-premis"', 'ID="dmd-ead"'),
});
// The 2.1 text said "unique within the package", 2.2 "within the XML-document".
const REP_REUSES_DMD_ID: Fixture = { repMets: edit('ID="rep-filesec"', 'ID="dmd-ead"') };
add('CSIP18', 'pass-id-reused-in-representation-mets', 'passed', REP_REUSES_DMD_ID, ['csip-2.2', 'sip-2.2']);
add('CSIP18', 'fail-id-reused-in-representation-mets', 'failed', REP_REUSES_DMD_ID, ['csip-2.1', 'sip-2.1']);

add('CSIP19', 'pass-created', 'passed', undefined, ALL);
add('CSIP19', 'na-no-dmdsec', 'not-applicable', NO_DMD);
add('CSIP19', 'fail-created-missing', 'failed', {
  rootMets: edit(`<mets:dmdSec ID="dmd-ead" CREATED="${CREATED}"`, '<mets:dmdSec ID="dmd-ead"'),
});
add('CSIP19', 'fail-created-date-only', 'failed', {
  rootMets: edit(
    `<mets:dmdSec ID="dmd-ead" CREATED="${CREATED}"`,
    '<mets:dmdSec ID="dmd-ead" CREATED="2026-11-20"',
  ),
});

add('CSIP20', 'pass-status-current', 'passed', undefined, ALL);
add('CSIP20', 'pass-status-superseded', 'passed', {
  rootMets: edit(
    'ID="dmd-ead" CREATED="2026-11-20T10:00:00+01:00" STATUS="CURRENT"',
    'ID="dmd-ead" CREATED="2026-11-20T10:00:00+01:00" STATUS="SUPERSEDED"',
  ),
});
add('CSIP20', 'na-no-dmdsec', 'not-applicable', NO_DMD);
add('CSIP20', 'fail-status-missing', 'failed', {
  rootMets: edit(`ID="dmd-ead" CREATED="${CREATED}" STATUS="CURRENT"`, `ID="dmd-ead" CREATED="${CREATED}"`),
});
add('CSIP20', 'fail-status-lower-case', 'failed', {
  rootMets: edit(
    `ID="dmd-ead" CREATED="${CREATED}" STATUS="CURRENT"`,
    `ID="dmd-ead" CREATED="${CREATED}" STATUS="current"`,
  ),
});

const WRAP =
  '<mets:mdWrap MDTYPE="EAD"><mets:xmlData><ead xmlns="urn:isbn:1-931666-22-9"/></mets:xmlData></mets:mdWrap>';

/** The mdRef to href, and the same tag once more (two mdRefs in one section). */
function doubleRef(href: string): Edit {
  return (xml) => {
    const tag = new RegExp(`<mets:mdRef [^>]*xlink:href="${href}"[^>]*/>`).exec(xml)?.[0];
    if (!tag) throw new Error(`no mdRef to ${href}`);
    return xml.replace(tag, `${tag}${tag}`);
  };
}

function wrapInsteadOfRef(href: string): Edit {
  return (xml) => xml.replace(new RegExp(`<mets:mdRef [^>]*xlink:href="${href}"[^>]*/>`), WRAP);
}

add('CSIP21', 'pass-one-mdref', 'passed', undefined, ALL);
add('CSIP21', 'na-no-dmdsec', 'not-applicable', NO_DMD);
add('CSIP21', 'fail-mdwrap-only', 'failed', { rootMets: wrapInsteadOfRef(EAD_HREF) });
add('CSIP21', 'fail-two-mdrefs', 'failed', { rootMets: doubleRef(EAD_HREF) });

// --- the mdRef attribute family, once per section kind ------------------------------------------

/** No digiprovMD in any METS document: each is replaced by a techMD. */
const NO_DIGIPROV: Fixture = {
  rootMets: edit(/<mets:digiprovMD[\s\S]*?<\/mets:digiprovMD>/, '<mets:techMD ID="tech-1"/>'),
  repMets: edit(REP_DIGIPROV, '<mets:techMD ID="rep-tech-1"/>'),
};

interface Family {
  readonly kind: string;
  readonly first: number;
  readonly href: string;
  /** Fixture with the section and its valid mdRef, then the given edits. */
  readonly fixture: (...edits: Edit[]) => Fixture;
  /** A fixture without any such section. */
  readonly none?: Fixture;
}

const FAMILIES: readonly Family[] = [
  { kind: 'dmdSec', first: 22, href: EAD_HREF, fixture: (...e) => ({ rootMets: chain(...e) }), none: NO_DMD },
  {
    kind: 'digiprovMD',
    first: 36,
    href: PREMIS_HREF,
    fixture: (...e) => ({ rootMets: chain(...e) }),
    none: NO_DIGIPROV,
  },
  { kind: 'rightsMD', first: 49, href: RIGHTS_HREF, fixture: (...e) => withRights(...e) },
];

for (const f of FAMILIES) {
  const id = (offset: number): string => `CSIP${f.first + offset}`;
  const ref = (from: string | RegExp, to: string): Fixture => f.fixture(editRef(f.href, from, to));
  const base = f.kind === 'rightsMD' ? f.fixture() : undefined;
  const pass = (offset: number, profiles: readonly ProfileId[] = ALL): void =>
    add(id(offset), `pass-valid-${f.kind.toLowerCase()}-mdref`, 'passed', base, profiles);
  for (let i = 0; i <= 8; i++) {
    pass(i, f.kind === 'dmdSec' ? ALL : ['csip-2.1', 'csip-2.2', 'sip-2.2']);
    if (f.none) add(id(i), `na-no-${f.kind.toLowerCase()}`, 'not-applicable', f.none);
    else add(id(i), `na-no-${f.kind.toLowerCase()}`, 'not-applicable');
  }
  add(id(0), 'fail-loctype-lower-case', 'failed', ref('LOCTYPE="URL"', 'LOCTYPE="url"'));
  add(id(0), 'fail-loctype-missing', 'failed', ref('LOCTYPE="URL" ', ''));
  add(id(1), 'fail-xlink-type-extended', 'failed', ref('xlink:type="simple"', 'xlink:type="extended"'));
  add(
    id(2),
    'fail-href-to-missing-file',
    'failed',
    ref(`xlink:href="${f.href}"`, 'xlink:href="metadata/saknas.xml"'),
  );
  add(
    id(2),
    'fail-href-wrong-case',
    'failed',
    ref(`xlink:href="${f.href}"`, `xlink:href="${f.href.toUpperCase()}"`),
  );
  add(
    id(2),
    'fail-href-absolute-url',
    'failed',
    ref(`xlink:href="${f.href}"`, `xlink:href="https://example.org/${f.href}"`),
  );
  add(
    id(2),
    'pass-href-percent-encoded',
    'passed',
    ref(`xlink:href="${f.href}"`, `xlink:href="${f.href.replace('metadata/', 'metadat%61/')}"`),
  );
  add(id(3), 'fail-mdtype-not-in-mets', 'failed', ref(/MDTYPE="[^"]*"/, 'MDTYPE="EAD3"'));
  add(
    id(3),
    'fail-mdtype-other-without-othermdtype',
    'failed',
    ref(/ MDTYPE="[^"]*"( OTHERMDTYPE="[^"]*")?/, ' MDTYPE="OTHER"'),
  );
  add(
    id(3),
    'pass-mdtype-other-with-othermdtype',
    'passed',
    ref(/ MDTYPE="[^"]*"( OTHERMDTYPE="[^"]*")?/, ' MDTYPE="OTHER" OTHERMDTYPE="FGS-ERMS"'),
  );
  add(id(4), 'fail-mimetype-not-media-type', 'failed', ref('MIMETYPE="text/xml"', 'MIMETYPE="xml"'));
  add(
    id(4),
    'pass-mimetype-with-parameter',
    'passed',
    ref('MIMETYPE="text/xml"', 'MIMETYPE="application/xml; charset=UTF-8"'),
  );
  add(id(5), 'fail-size-differs', 'failed', ref(/SIZE="\d+"/, 'SIZE="1"'));
  add(id(5), 'fail-size-not-a-number', 'failed', ref(/SIZE="\d+"/, 'SIZE="1 kB"'));
  add(id(5), 'fail-size-missing', 'failed', ref(/ SIZE="\d+"/, ''), ['csip-2.1']);
  add(
    id(6),
    'fail-created-not-datetime',
    'failed',
    ref(`CREATED="${CREATED}"`, 'CREATED="2026-11-20T25:00:00"'),
  );
  add(id(6), 'fail-created-missing', 'failed', ref(` CREATED="${CREATED}"`, ''));
  add(
    id(7),
    'fail-checksum-differs',
    'failed',
    ref(/CHECKSUM="[0-9a-f]{64}"/, `CHECKSUM="${'0'.repeat(64)}"`),
  );
  add(id(7), 'fail-checksum-not-hex', 'failed', ref(/CHECKSUM="[0-9a-f]{64}"/, 'CHECKSUM="sha256:abc"'));
  add(id(7), 'fail-checksum-missing', 'failed', ref(/ CHECKSUM="[0-9a-f]{64}"/, ''));
  add(
    id(8),
    'fail-checksumtype-lower-case',
    'failed',
    ref('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="sha-256"'),
  );
  add(id(8), 'fail-checksumtype-missing', 'failed', ref(' CHECKSUMTYPE="SHA-256"', ''));
  add(
    id(8),
    'pass-checksumtype-md5-with-md5-digest',
    'passed',
    f.fixture(editRef(f.href, 'CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="MD5"')),
  );
}

// The digest comparison ignores letter case; an upper-case digest of the right bytes passes.
add('CSIP29', 'pass-checksum-upper-case-hex', 'passed', {
  rootMets: (xml) => {
    const tag = new RegExp(`<mets:mdRef [^>]*xlink:href="${EAD_HREF}"[^>]*/>`).exec(xml)?.[0] ?? '';
    return xml.replace(
      tag,
      tag.replace(/CHECKSUM="([0-9a-f]{64})"/, (_m, d: string) => `CHECKSUM="${d.toUpperCase()}"`),
    );
  },
});

// --- amdSec, digiprovMD, rightsMD (CSIP31–57) ---------------------------------------------------

const AMD_SEC = /<mets:amdSec[\s\S]*?<\/mets:amdSec>\n {2}/;

add('CSIP31', 'pass-one-amdsec', 'passed', undefined, ALL);
add('CSIP31', 'fail-package-without-amdsec', 'failed', { rootMets: edit(AMD_SEC, '') });
add('CSIP31', 'fail-two-amdsecs', 'failed', {
  rootMets: edit(
    '<mets:fileSec ID="filesec-1">',
    '<mets:amdSec ID="amd-2"><mets:techMD ID="tech-1"/></mets:amdSec>\n  <mets:fileSec ID="filesec-1">',
  ),
});
add('CSIP31', 'fail-no-package-mets', 'failed', NO_METS);

add('CSIP32', 'pass-preservation-metadata-described', 'passed', undefined, ALL);
add('CSIP32', 'na-no-preservation-metadata', 'not-applicable', {
  rootMets: edit(AMD_SEC, ''),
  repMets: REP_WITHOUT_METADATA.repMets,
  files: (f) => {
    f.delete(PREMIS_HREF);
    REP_WITHOUT_METADATA.files?.(f);
  },
});
add('CSIP32', 'fail-representation-preservation-file-not-described', 'failed', {
  repMets: edit(REP_AMDSEC, ''),
});
add('CSIP32', 'fail-preservation-file-not-described', 'failed', {
  files: (f) => void f.set('metadata/preservation/events.xml', RIGHTS),
});
add('CSIP32', 'fail-package-without-amdsec', 'failed', { rootMets: edit(AMD_SEC, '') });

const DIGIPROV_TAG = `<mets:digiprovMD ID="digiprov-premis" CREATED="${CREATED}" STATUS="CURRENT">`;

add('CSIP33', 'pass-unique-id', 'passed', undefined, ALL);
add('CSIP33', 'na-no-digiprovmd', 'not-applicable', NO_DIGIPROV);
add('CSIP33', 'fail-id-missing', 'failed', { rootMets: edit(' ID="digiprov-premis"', '') });
add('CSIP33', 'fail-id-with-colon', 'failed', { rootMets: edit('ID="digiprov-premis"', 'ID="premis:1"') });
const REP_REUSES_DIGIPROV_ID: Fixture = { repMets: edit('ID="rep-structmap"', 'ID="digiprov-premis"') };
add('CSIP33', 'pass-id-reused-in-representation-mets', 'passed', REP_REUSES_DIGIPROV_ID, ['csip-2.2']);
add('CSIP33', 'fail-id-reused-in-representation-mets', 'failed', REP_REUSES_DIGIPROV_ID, ['csip-2.1']);

add('CSIP34', 'pass-status-current', 'passed', undefined, ALL);
add('CSIP34', 'na-no-digiprovmd', 'not-applicable', NO_DIGIPROV);
add('CSIP34', 'fail-status-missing', 'failed', {
  rootMets: edit(DIGIPROV_TAG, DIGIPROV_TAG.replace(' STATUS="CURRENT"', '')),
});
add('CSIP34', 'fail-status-not-in-vocabulary', 'failed', {
  rootMets: edit(DIGIPROV_TAG, DIGIPROV_TAG.replace('CURRENT', 'ACTIVE')),
});

add('CSIP35', 'pass-one-mdref', 'passed', undefined, ALL);
add('CSIP35', 'na-no-digiprovmd', 'not-applicable', NO_DIGIPROV);
add('CSIP35', 'fail-mdwrap-only', 'failed', { rootMets: wrapInsteadOfRef(PREMIS_HREF) });
add('CSIP35', 'fail-two-mdrefs', 'failed', { rootMets: doubleRef(PREMIS_HREF) });

add('CSIP45', 'pass-rightsmd', 'passed', withRights());
add('CSIP45', 'na-no-rightsmd', 'not-applicable');

add('CSIP46', 'pass-unique-id', 'passed', withRights(), ['csip-2.1', 'csip-2.2']);
add('CSIP46', 'na-no-rightsmd', 'not-applicable');
add(
  'CSIP46',
  'fail-id-missing',
  'failed',
  withRights(edit('<mets:rightsMD ID="rights-1" ', '<mets:rightsMD ')),
);
add(
  'CSIP46',
  'fail-id-duplicate-in-document',
  'failed',
  withRights(edit('<mets:rightsMD ID="rights-1" ', '<mets:rightsMD ID="amd-1" ')),
);

add('CSIP47', 'pass-status-current', 'passed', withRights());
add('CSIP47', 'na-no-rightsmd', 'not-applicable');
add(
  'CSIP47',
  'fail-status-missing',
  'failed',
  withRights(
    edit(
      `<mets:rightsMD ID="rights-1" CREATED="${CREATED}" STATUS="CURRENT">`,
      '<mets:rightsMD ID="rights-1">',
    ),
  ),
);
add(
  'CSIP47',
  'fail-status-not-in-vocabulary',
  'failed',
  withRights(
    edit(
      '<mets:rightsMD ID="rights-1" CREATED="2026-11-20T10:00:00+01:00" STATUS="CURRENT">',
      '<mets:rightsMD ID="rights-1" STATUS="Current">',
    ),
  ),
);

add('CSIP48', 'pass-one-mdref', 'passed', withRights());
add('CSIP48', 'na-no-rightsmd', 'not-applicable');
add('CSIP48', 'fail-mdwrap-only', 'failed', withRights(wrapInsteadOfRef(RIGHTS_HREF)));

export const CSIP_METADATA_CASES: readonly RuleCase[] = cases;

export const CSIP_METADATA_NO_FAIL: readonly NoFailReason[] = [
  {
    id: 'CSIP45',
    reason:
      'A MAY: a rights statement is optional, so a package with rightsMD passes and one without is not applicable; its ID, STATUS and mdRef are CSIP46–57.',
  },
];
