/** Cases for FGS1-FILE-*, FGS1-LOC-*, FGS1-MD-1, FGS1-XSD-*, FGS1-REF-1 and FGS1-STRUCT-1. */
import { createHash } from 'node:crypto';
import { fail, na, pass, type Fgs1Case } from './case.ts';
import { CONTENT, FILE_IDS, swap } from './fixture.ts';

const PDF = 'content/1/beslut_bygglov.pdf';
const PDF_ID = FILE_IDS[0] as string;
const XSD_ID = FILE_IDS[2] as string;
const PDF_TEXT = CONTENT[PDF] as string;
const PDF_BYTES = new TextEncoder().encode(PDF_TEXT);
const PDF_SHA256 = createHash('sha256').update(PDF_BYTES).digest('hex');
const PDF_MD5 = createHash('md5').update(PDF_BYTES).digest('hex');
const enc = new TextEncoder();

const PDF_TAG = new RegExp(`<mets:file ID="${PDF_ID}"[^>]*>`);

/** Edits the start tag of the PDF's file element; throws when the edit changes nothing. */
function pdfFile(edit: (tag: string) => string): (xml: string) => string {
  return (xml) => {
    const tag = PDF_TAG.exec(xml)?.[0];
    const edited = tag === undefined ? tag : edit(tag);
    if (tag === undefined || edited === tag)
      throw new Error('fixture edit of the PDF file element changed nothing');
    return xml.replace(tag, () => edited as string);
  };
}
const noFiles = swap(
  /\s*<mets:file [\s\S]*?<\/mets:file>\s*<mets:file [\s\S]*?<\/mets:file>\s*<mets:file [\s\S]*?<\/mets:file>/,
  '',
);

export const FILE_CASES: readonly Fgs1Case[] = [
  pass('FGS1-FILE-1', 'pass-files-listed'),
  fail('FGS1-FILE-1', 'fail-empty-filegrp', { sip: noFiles }),
  fail('FGS1-FILE-1', 'fail-no-filesec', { sip: swap(/\s*<mets:fileSec>[\s\S]*?<\/mets:fileSec>/, '') }),

  pass('FGS1-FILE-2', 'pass-unique-ids'),
  fail('FGS1-FILE-2', 'fail-no-id', { sip: pdfFile((t) => t.replace(` ID="${PDF_ID}"`, '')) }),
  fail('FGS1-FILE-2', 'fail-id-starts-with-digit', { sip: (x) => x.replaceAll(PDF_ID, PDF_ID.slice(2)) }),
  fail('FGS1-FILE-2', 'fail-duplicate-id', { sip: (x) => x.replaceAll(XSD_ID, PDF_ID) }),
  na('FGS1-FILE-2', 'na-no-files', { sip: noFiles }),

  pass('FGS1-FILE-3', 'pass-media-types'),
  fail('FGS1-FILE-3', 'fail-no-mimetype', {
    sip: pdfFile((t) => t.replace(' MIMETYPE="application/pdf"', '')),
  }),
  fail('FGS1-FILE-3', 'fail-unknown-mimetype-text', {
    sip: pdfFile((t) => t.replace('MIMETYPE="application/pdf"', 'MIMETYPE="unknown mimetype"')),
  }),

  pass('FGS1-FILE-4', 'pass-sizes-match'),
  fail('FGS1-FILE-4', 'fail-size-differs', {
    sip: pdfFile((t) => t.replace(`SIZE="${PDF_BYTES.length}"`, `SIZE="${PDF_BYTES.length + 1}"`)),
  }),
  fail('FGS1-FILE-4', 'fail-file-changed-after-listing', {
    files: (f) => void f.set(PDF, enc.encode(`${PDF_TEXT}tail\n`)),
  }),
  fail('FGS1-FILE-4', 'fail-no-size', { sip: pdfFile((t) => t.replace(/ SIZE="\d+"/, '')) }),
  fail('FGS1-FILE-4', 'fail-size-not-a-number', {
    sip: pdfFile((t) => t.replace(/SIZE="\d+"/, 'SIZE="40 kB"')),
  }),

  pass('FGS1-FILE-5', 'pass-checksums-match'),
  pass('FGS1-FILE-5', 'pass-upper-case-hex', { sip: swap(PDF_SHA256, PDF_SHA256.toUpperCase()) }),
  pass('FGS1-FILE-5', 'pass-md5-verified', {
    sip: pdfFile((t) =>
      t.replace(PDF_SHA256, PDF_MD5).replace('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="MD5"'),
    ),
  }),
  fail('FGS1-FILE-5', 'fail-checksum-differs', {
    sip: swap(
      PDF_SHA256,
      PDF_SHA256.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    ),
  }),
  fail('FGS1-FILE-5', 'fail-file-changed-same-size', {
    files: (f) => void f.set(PDF, enc.encode(PDF_TEXT.replace('fixture', 'FIXTURE'))),
  }),
  fail('FGS1-FILE-5', 'fail-no-checksum', { sip: pdfFile((t) => t.replace(/ CHECKSUM="[0-9a-f]+"/, '')) }),
  fail('FGS1-FILE-5', 'fail-checksumtype-spelling', {
    sip: pdfFile((t) => t.replace('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="SHA256"')),
  }),
  fail('FGS1-FILE-5', 'fail-checksumtype-not-computable', {
    sip: pdfFile((t) => t.replace('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="TIGER"')),
  }),

  pass('FGS1-FILE-6', 'pass-sha256'),
  fail('FGS1-FILE-6', 'fail-md5', {
    sip: pdfFile((t) =>
      t.replace(PDF_SHA256, PDF_MD5).replace('CHECKSUMTYPE="SHA-256"', 'CHECKSUMTYPE="MD5"'),
    ),
  }),

  pass('FGS1-FILE-7', 'pass-created'),
  pass('FGS1-FILE-7', 'pass-created-local-time', {
    sip: pdfFile((t) => t.replace('CREATED="2016-06-08T10:44:00+02:00"', 'CREATED="2016-06-08T10:44:00"')),
  }),
  fail('FGS1-FILE-7', 'fail-no-created', {
    sip: pdfFile((t) => t.replace(' CREATED="2016-06-08T10:44:00+02:00"', '')),
  }),
  fail('FGS1-FILE-7', 'fail-created-not-a-date', {
    sip: pdfFile((t) => t.replace('CREATED="2016-06-08T10:44:00+02:00"', 'CREATED="8 juni 2016"')),
  }),

  pass('FGS1-LOC-1', 'pass-one-flocat'),
  fail('FGS1-LOC-1', 'fail-no-flocat', {
    sip: swap(/\s*<mets:FLocat [^>]*file:\/\/\/content\/1\/[^>]*\/>/, ''),
  }),
  fail('FGS1-LOC-1', 'fail-two-flocats', {
    sip: swap(/(<mets:FLocat [^>]*file:\/\/\/content\/1\/[^>]*\/>)/, '$1$1'),
  }),
  fail('FGS1-LOC-1', 'fail-loctype-other', {
    sip: swap(
      'LOCTYPE="URL" xlink:type="simple" xlink:href="file:///content/1/',
      'LOCTYPE="OTHER" OTHERLOCTYPE="PATH" xlink:type="simple" xlink:href="file:///content/1/',
    ),
  }),

  pass('FGS1-LOC-2', 'pass-file-urls-resolve'),
  pass('FGS1-LOC-2', 'pass-relative-path', {
    sip: swap('xlink:href="file:///content/1/', 'xlink:href="content/1/'),
  }),
  fail('FGS1-LOC-2', 'fail-missing-file', { files: (f) => void f.delete(PDF) }),
  fail('FGS1-LOC-2', 'fail-letter-case-differs', { sip: swap('file:///content/1/', 'file:///Content/1/') }),
  fail('FGS1-LOC-2', 'fail-http-url', {
    sip: swap('file:///content/1/beslut_bygglov.pdf', 'https://example.org/beslut_bygglov.pdf'),
  }),
  fail('FGS1-LOC-2', 'fail-leaves-package', {
    sip: swap('file:///content/1/beslut_bygglov.pdf', 'file:///../beslut_bygglov.pdf'),
  }),

  pass('FGS1-LOC-3', 'pass-file-urls'),
  fail('FGS1-LOC-3', 'fail-relative-path', {
    sip: swap('xlink:href="file:///content/1/', 'xlink:href="content/1/'),
  }),

  pass('FGS1-MD-1', 'pass-premis-matches'),
  fail('FGS1-MD-1', 'fail-premis-missing', { files: (f) => void f.delete('metadata/premis.xml') }),
  fail('FGS1-MD-1', 'fail-premis-changed', {
    files: (f) => void f.set('metadata/premis.xml', enc.encode('<premis/>\n')),
  }),
  na('FGS1-MD-1', 'na-no-mdref', {
    sip: (x) =>
      swap(/\s*<mets:amdSec[\s\S]*?<\/mets:amdSec>/, '')(x).replaceAll(' ADMID="digiprovMD001"', ''),
  }),

  na('FGS1-XSD-1', 'na-schema-validation-not-run'),
  pass('FGS1-XSD-1', 'pass-valid-with-ext-attributes', { schemaValidation: true }),
  fail('FGS1-XSD-1', 'fail-agent-role-not-in-enumeration', {
    schemaValidation: true,
    sip: swap('ROLE="PRESERVATION"', 'ROLE="ARKIVBILDARE"'),
  }),
  fail('FGS1-XSD-1', 'fail-element-order', {
    schemaValidation: true,
    sip: swap(/(\s*<mets:amdSec[\s\S]*?<\/mets:amdSec>)(\s*<mets:fileSec>[\s\S]*?<\/mets:fileSec>)/, '$2$1'),
  }),

  na('FGS1-XSD-2', 'na-schema-validation-not-run'),
  pass('FGS1-XSD-2', 'pass-premis-valid', { schemaValidation: true }),
  fail('FGS1-XSD-2', 'fail-premis-invalid', {
    schemaValidation: true,
    files: (f) =>
      void f.set(
        'metadata/premis.xml',
        enc.encode(
          '<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" version="3.0"><premis:bogus/></premis:premis>\n',
        ),
      ),
  }),

  pass('FGS1-REF-1', 'pass-references-resolve'),
  fail('FGS1-REF-1', 'fail-fptr-to-missing-file', {
    sip: swap(`<mets:fptr FILEID="${PDF_ID}"/>`, '<mets:fptr FILEID="ID-missing"/>'),
  }),
  fail('FGS1-REF-1', 'fail-admid-to-missing-section', {
    sip: swap('ADMID="digiprovMD001"', 'ADMID="digiprovMD999"'),
  }),
  fail('FGS1-REF-1', 'fail-duplicate-id', {
    sip: swap('<mets:fileGrp ID="fgrp001">', '<mets:fileGrp ID="amdSec001">'),
  }),

  pass('FGS1-STRUCT-1', 'pass-single-div'),
  pass('FGS1-STRUCT-1', 'pass-empty-div', {
    sip: swap(/<mets:div LABEL="Package">[\s\S]*?<\/mets:div>/, '<mets:div LABEL="Empty"/>'),
  }),
  fail('FGS1-STRUCT-1', 'fail-no-structmap', {
    sip: swap(/\s*<mets:structMap[\s\S]*?<\/mets:structMap>/, ''),
  }),
  fail('FGS1-STRUCT-1', 'fail-structmap-without-div', {
    sip: swap(/<mets:div LABEL="Package">[\s\S]*?<\/mets:div>/, ''),
  }),
];
