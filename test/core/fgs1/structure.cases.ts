/** Cases for FGS1-STR-* and FGS1-METS-*: package layout and the mets element. */
import { fail, move, na, pass, type Fgs1Case } from './case.ts';
import { OBJID, PROFILE, swap } from './fixture.ts';

const enc = new TextEncoder();
const href = (from: string, to: string): ((xml: string) => string) =>
  swap(`file:///${from}"`, `file:///${to}"`);

export const STRUCTURE_CASES: readonly Fgs1Case[] = [
  pass('FGS1-STR-1', 'pass-sip-xml-in-root'),
  pass('FGS1-STR-1', 'pass-mets-xml-in-root', { metsName: 'mets.xml' }),
  pass('FGS1-STR-1', 'pass-sip-xml-in-single-root-folder', { rootName: 'Leveranspaket' }),
  fail('FGS1-STR-1', 'fail-no-sip-xml', { files: (f) => void f.delete('sip.xml') }),
  fail('FGS1-STR-1', 'fail-upper-case-sip-xml', { files: move('sip.xml', 'SIP.XML') }),
  fail('FGS1-STR-1', 'fail-sip-xml-in-subfolder', { files: move('sip.xml', 'content/sip.xml') }),

  pass('FGS1-STR-2', 'pass-well-formed-mets'),
  na('FGS1-STR-2', 'na-no-sip-xml', { files: (f) => void f.delete('sip.xml') }),
  fail('FGS1-STR-2', 'fail-not-well-formed', { sip: swap('</mets:mets>', '') }),
  fail('FGS1-STR-2', 'fail-doctype', {
    sip: swap('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE mets>'),
  }),
  fail('FGS1-STR-2', 'fail-not-mets', {
    files: (f) => void f.set('sip.xml', enc.encode('<mets xmlns="http://example.org/not-mets"/>')),
  }),

  pass('FGS1-STR-3', 'pass-content-metadata-and-system-folders'),
  pass('FGS1-STR-3', 'pass-capitalised-content-folder', {
    sip: (x) =>
      href(
        'content/2/arendehantering.xml',
        'Content/2/arendehantering.xml',
      )(href('content/1/beslut_bygglov.pdf', 'Content/1/beslut_bygglov.pdf')(x)),
    files: (f) => {
      move('content/1/beslut_bygglov.pdf', 'Content/1/beslut_bygglov.pdf')?.(f);
      move('content/2/arendehantering.xml', 'Content/2/arendehantering.xml')?.(f);
    },
  }),
  fail('FGS1-STR-3', 'fail-file-in-package-root', {
    sip: href('System/arendehantering.xsd', 'arendehantering.xsd'),
    files: move('System/arendehantering.xsd', 'arendehantering.xsd'),
  }),
  fail('FGS1-STR-3', 'fail-nothing-under-content', {
    sip: (x) =>
      href(
        'content/2/arendehantering.xml',
        'data/2/arendehantering.xml',
      )(href('content/1/beslut_bygglov.pdf', 'data/1/beslut_bygglov.pdf')(x)),
    files: (f) => {
      move('content/1/beslut_bygglov.pdf', 'data/1/beslut_bygglov.pdf')?.(f);
      move('content/2/arendehantering.xml', 'data/2/arendehantering.xml')?.(f);
    },
  }),
  na('FGS1-STR-3', 'na-no-listed-file-exists', {
    files: (f) => {
      for (const p of [
        'content/1/beslut_bygglov.pdf',
        'content/2/arendehantering.xml',
        'System/arendehantering.xsd',
      ])
        f.delete(p);
    },
  }),

  pass('FGS1-STR-4', 'pass-every-file-referenced'),
  fail('FGS1-STR-4', 'fail-unreferenced-file', {
    files: (f) => void f.set('content/3/extra.txt', enc.encode('not listed\n')),
  }),
  fail('FGS1-STR-4', 'fail-unreferenced-premis', { sip: swap(/\s*<mets:amdSec[\s\S]*?<\/mets:amdSec>/, '') }),
  na('FGS1-STR-4', 'na-no-sip-xml', { files: (f) => void f.delete('sip.xml') }),

  pass('FGS1-METS-1', 'pass-objid'),
  fail('FGS1-METS-1', 'fail-no-objid', { sip: swap(` OBJID="${OBJID}"`, '') }),
  fail('FGS1-METS-1', 'fail-blank-objid', { sip: swap(` OBJID="${OBJID}"`, ' OBJID="  "') }),
  fail('FGS1-METS-1', 'fail-no-sip-xml', { files: (f) => void f.delete('sip.xml') }),

  pass('FGS1-METS-2', 'pass-uuid-prefix'),
  pass('FGS1-METS-2', 'pass-guid-prefix', { sip: swap(OBJID, 'GUID:9BC10FAA-3FFF-4A8F-BF9A-638841061065') }),
  pass('FGS1-METS-2', 'pass-bare-uuid', { sip: swap(OBJID, '9bc10faa-3fff-4a8f-bf9a-638841061065') }),
  fail('FGS1-METS-2', 'fail-objid-not-uuid', { sip: swap(OBJID, 'Bygglov-2016') }),
  na('FGS1-METS-2', 'na-no-objid', { sip: swap(` OBJID="${OBJID}"`, '') }),

  pass('FGS1-METS-3', 'pass-ra-profile-url'),
  fail('FGS1-METS-3', 'fail-misspelt-xmll', { sip: swap(`PROFILE="${PROFILE}"`, `PROFILE="${PROFILE}l"`) }),
  fail('FGS1-METS-3', 'fail-https', {
    sip: swap(`PROFILE="${PROFILE}"`, `PROFILE="${PROFILE.replace('http:', 'https:')}"`),
  }),
  fail('FGS1-METS-3', 'fail-no-profile', { sip: swap(` PROFILE="${PROFILE}"`, '') }),
  fail('FGS1-METS-3', 'fail-eark-profile-url', {
    sip: swap(`PROFILE="${PROFILE}"`, 'PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"'),
  }),

  pass('FGS1-METS-4', 'pass-type'),
  fail('FGS1-METS-4', 'fail-no-type', { sip: swap(' TYPE="ERMS"', '') }),

  pass('FGS1-METS-5', 'pass-erms'),
  pass('FGS1-METS-5', 'pass-personnel', { sip: swap('TYPE="ERMS"', 'TYPE="Personnel"') }),
  fail('FGS1-METS-5', 'fail-lower-case-erms', { sip: swap('TYPE="ERMS"', 'TYPE="erms"') }),
  fail('FGS1-METS-5', 'fail-unknown-type', { sip: swap('TYPE="ERMS"', 'TYPE="Textual works – Digital"') }),
  na('FGS1-METS-5', 'na-no-type', { sip: swap(' TYPE="ERMS"', '') }),

  pass('FGS1-METS-6', 'pass-label'),
  fail('FGS1-METS-6', 'fail-no-label', { sip: swap(/ LABEL="Bygglovsärenden[^"]*"/, '') }),
];
