/** Cases for FGS1-HDR-* and FGS1-EXT-*: the METS header, its agents and the ext: attributes. */
import { fail, na, pass, type Fgs1Case } from './case.ts';
import { dropAgent, swap } from './fixture.ts';

const HDR = '<mets:metsHdr CREATEDATE="2016-06-08T10:44:00+02:00" RECORDSTATUS="NEW" ext:OAISTYPE="SIP">';
const ARCHIVIST = '<mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">';
const CREATOR_SOFTWARE = '<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">';
const SOURCE_SYSTEM = '<mets:agent ROLE="ARCHIVIST" TYPE="OTHER" OTHERTYPE="SOFTWARE">';
const noHeader = swap(/\s*<mets:metsHdr[\s\S]*?<\/mets:metsHdr>/, '');
const noAgents = (x: string): string => x.replace(/\s*<mets:agent [\s\S]*?<\/mets:agent>/g, '');

export const HEADER_CASES: readonly Fgs1Case[] = [
  pass('FGS1-HDR-1', 'pass-createdate-with-time-zone'),
  pass('FGS1-HDR-1', 'pass-createdate-local-time', {
    sip: swap('CREATEDATE="2016-06-08T10:44:00+02:00"', 'CREATEDATE="2016-06-08T10:44:00"'),
  }),
  fail('FGS1-HDR-1', 'fail-no-createdate', { sip: swap(' CREATEDATE="2016-06-08T10:44:00+02:00"', '') }),
  fail('FGS1-HDR-1', 'fail-createdate-date-only', {
    sip: swap('CREATEDATE="2016-06-08T10:44:00+02:00"', 'CREATEDATE="2016-06-08"'),
  }),
  fail('FGS1-HDR-1', 'fail-no-metshdr', { sip: noHeader }),

  pass('FGS1-HDR-2', 'pass-oaistype-sip'),
  pass('FGS1-HDR-2', 'pass-oaisstatus-sip', { sip: swap('ext:OAISTYPE="SIP"', 'ext:OAISSTATUS="SIP"') }),
  pass('FGS1-HDR-2', 'pass-both-spellings-agree', {
    sip: swap('ext:OAISTYPE="SIP"', 'ext:OAISTYPE="SIP" ext:OAISSTATUS="SIP"'),
  }),
  fail('FGS1-HDR-2', 'fail-no-oaistype', { sip: swap(' ext:OAISTYPE="SIP"', '') }),
  fail('FGS1-HDR-2', 'fail-oaistype-aip', { sip: swap('ext:OAISTYPE="SIP"', 'ext:OAISTYPE="AIP"') }),
  fail('FGS1-HDR-2', 'fail-spellings-disagree', {
    sip: swap('ext:OAISTYPE="SIP"', 'ext:OAISTYPE="SIP" ext:OAISSTATUS="AIP"'),
  }),
  fail('FGS1-HDR-2', 'fail-oaistype-in-csip-namespace', {
    sip: swap(
      'ext:OAISTYPE="SIP"',
      'xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" csip:OAISPACKAGETYPE="SIP"',
    ),
  }),

  pass('FGS1-HDR-3', 'pass-recordstatus-new'),
  fail('FGS1-HDR-3', 'fail-no-recordstatus', { sip: swap(' RECORDSTATUS="NEW"', '') }),

  pass('FGS1-HDR-4', 'pass-archivist-organization'),
  fail('FGS1-HDR-4', 'fail-no-archivist', { sip: dropAgent(ARCHIVIST) }),
  fail('FGS1-HDR-4', 'fail-archivist-without-name', {
    sip: swap('<mets:name>Lunds kommun, Byggnadsnämnden</mets:name>', '<mets:name/>'),
  }),
  fail('FGS1-HDR-4', 'fail-archivist-is-individual', {
    sip: swap(ARCHIVIST, '<mets:agent ROLE="ARCHIVIST" TYPE="INDIVIDUAL">'),
  }),

  pass('FGS1-HDR-5', 'pass-org-number'),
  pass('FGS1-HDR-5', 'pass-local-code', {
    sip: swap('<mets:note>ORG:2120001165</mets:note>', '<mets:note>Local:10002</mets:note>'),
  }),
  fail('FGS1-HDR-5', 'fail-no-note', {
    sip: swap(/(Byggnadsnämnden<\/mets:name>)\s*<mets:note>ORG:2120001165<\/mets:note>/, '$1'),
  }),
  fail('FGS1-HDR-5', 'fail-code-without-type', {
    sip: swap('<mets:note>ORG:2120001165</mets:note>', '<mets:note>2120001165</mets:note>'),
  }),
  na('FGS1-HDR-5', 'na-no-archivist', { sip: dropAgent(ARCHIVIST) }),

  pass('FGS1-HDR-6', 'pass-creator-software'),
  fail('FGS1-HDR-6', 'fail-no-creator-software', { sip: dropAgent(CREATOR_SOFTWARE) }),
  fail('FGS1-HDR-6', 'fail-software-agent-not-creator', {
    sip: swap(CREATOR_SOFTWARE, '<mets:agent ROLE="EDITOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">'),
  }),
  fail('FGS1-HDR-6', 'fail-creator-software-unnamed', {
    sip: swap('<mets:name>FGS export script</mets:name>', '<mets:name> </mets:name>'),
  }),

  pass('FGS1-HDR-7', 'pass-software-versions'),
  fail('FGS1-HDR-7', 'fail-source-system-without-version', { sip: swap('<mets:note>4.2</mets:note>', '') }),
  fail('FGS1-HDR-7', 'fail-creator-software-without-version', {
    sip: swap('<mets:note>1.0</mets:note>', ''),
  }),
  na('FGS1-HDR-7', 'na-no-software-agent', {
    sip: (x) => dropAgent(SOURCE_SYSTEM)(dropAgent(CREATOR_SOFTWARE)(x)),
  }),

  pass('FGS1-HDR-8', 'pass-agents-complete'),
  fail('FGS1-HDR-8', 'fail-agent-without-name', {
    sip: swap('<mets:name>Stadsarkivet i Lund</mets:name>', '<mets:name/>'),
  }),
  fail('FGS1-HDR-8', 'fail-other-role-without-otherrole', { sip: swap(' OTHERROLE="PRODUCER"', '') }),
  fail('FGS1-HDR-8', 'fail-other-type-without-othertype', {
    sip: swap(CREATOR_SOFTWARE, '<mets:agent ROLE="CREATOR" TYPE="OTHER">'),
  }),
  na('FGS1-HDR-8', 'na-no-agents', { sip: noAgents }),

  pass('FGS1-HDR-9', 'pass-submission-agreement'),
  fail('FGS1-HDR-9', 'fail-no-submission-agreement', {
    sip: swap(/\s*<mets:altRecordID TYPE="SUBMISSIONAGREEMENT">[^<]*<\/mets:altRecordID>/, ''),
  }),
  fail('FGS1-HDR-9', 'fail-empty-submission-agreement', { sip: swap('>LÖ-2016-17<', '><') }),

  pass('FGS1-EXT-1', 'pass-ext-namespace'),
  pass('FGS1-EXT-1', 'pass-other-prefix-same-namespace', {
    sip: (x) => x.replaceAll('ext:', 'fgs:').replace('xmlns:ext=', 'xmlns:fgs='),
  }),
  fail('FGS1-EXT-1', 'fail-namespace-is-a-url', {
    sip: swap('xmlns:ext="ExtensionMETS"', 'xmlns:ext="http://xml.ra.se/e-arkiv/METS/ExtensionMETS"'),
  }),
  fail('FGS1-EXT-1', 'fail-attribute-without-namespace', {
    sip: swap('ext:OAISTYPE="SIP"', 'OAISTYPE="SIP"'),
  }),
  na('FGS1-EXT-1', 'na-no-sip-xml', { files: (f) => void f.delete('sip.xml') }),

  pass('FGS1-EXT-2', 'pass-contenttypespecification'),
  fail('FGS1-EXT-2', 'fail-no-contenttypespecification', {
    sip: swap(/ ext:CONTENTTYPESPECIFICATION="[^"]*"/, ''),
  }),

  pass('FGS1-EXT-3', 'pass-appraisal-no'),
  pass('FGS1-EXT-3', 'pass-appraisal-yes', { sip: swap('ext:APPRAISAL="No"', 'ext:APPRAISAL="Yes"') }),
  fail('FGS1-EXT-3', 'fail-appraisal-swedish', { sip: swap('ext:APPRAISAL="No"', 'ext:APPRAISAL="Nej"') }),
  na('FGS1-EXT-3', 'na-no-appraisal', { sip: swap(' ext:APPRAISAL="No"', '') }),

  pass('FGS1-EXT-4', 'pass-dates-in-order'),
  pass('FGS1-EXT-4', 'pass-years-only', {
    sip: swap(
      'ext:STARTDATE="2012-01-01" ext:ENDDATE="2016-12-31"',
      'ext:STARTDATE="2012" ext:ENDDATE="2016"',
    ),
  }),
  pass('FGS1-EXT-4', 'pass-same-year-different-precision', {
    sip: swap(
      'ext:STARTDATE="2012-01-01" ext:ENDDATE="2016-12-31"',
      'ext:STARTDATE="2016" ext:ENDDATE="2016-06-30"',
    ),
  }),
  fail('FGS1-EXT-4', 'fail-start-after-end', {
    sip: swap(
      'ext:STARTDATE="2012-01-01" ext:ENDDATE="2016-12-31"',
      'ext:STARTDATE="2017-01-01" ext:ENDDATE="2016-12-31"',
    ),
  }),
  fail('FGS1-EXT-4', 'fail-not-a-date', {
    sip: swap('ext:ENDDATE="2016-12-31"', 'ext:ENDDATE="31/12/2016"'),
  }),
  fail('FGS1-EXT-4', 'fail-february-30', {
    sip: swap('ext:ENDDATE="2016-12-31"', 'ext:ENDDATE="2016-02-30"'),
  }),
  na('FGS1-EXT-4', 'na-no-dates', { sip: swap(' ext:STARTDATE="2012-01-01" ext:ENDDATE="2016-12-31"', '') }),

  pass('FGS1-EXT-5', 'pass-package-number-1'),
  fail('FGS1-EXT-5', 'fail-package-number-zero', {
    sip: swap('ext:PACKAGENUMBER="1"', 'ext:PACKAGENUMBER="0"'),
  }),
  fail('FGS1-EXT-5', 'fail-package-number-text', {
    sip: swap('ext:PACKAGENUMBER="1"', 'ext:PACKAGENUMBER="ett"'),
  }),
  na('FGS1-EXT-5', 'na-no-package-number', { sip: swap(' ext:PACKAGENUMBER="1"', '') }),

  pass('FGS1-EXT-6', 'pass-known-attributes'),
  pass('FGS1-EXT-6', 'pass-agreementform-on-metshdr', {
    sip: (x) =>
      swap(
        HDR,
        HDR.replace('>', ' ext:AGREEMENTFORM="AGREEMENT">'),
      )(swap(' ext:AGREEMENTFORM="AGREEMENT"', '')(x)),
  }),
  fail('FGS1-EXT-6', 'fail-unknown-attribute', {
    sip: swap('ext:PACKAGENUMBER="1"', 'ext:PACKAGENUMBER="1" ext:ORGANIZATIONNAME="Lunds kommun"'),
  }),
  fail('FGS1-EXT-6', 'fail-known-attribute-misplaced', {
    sip: swap('ext:OAISTYPE="SIP">', 'ext:OAISTYPE="SIP" ext:ORIGINALFILENAME="x">'),
  }),
];
