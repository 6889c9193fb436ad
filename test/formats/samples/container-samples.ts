/**
 * Generated container samples: ZIP-based (OOXML, ODF, EPUB, SIARD) with the entries their
 * specifications require, and OLE2 compound files (Word 97, Excel 97) written by ole2-writer.ts.
 */
import { buildCompoundFile } from './ole2-writer.ts';
import { zipOf } from './zip-sample.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function ooxml(main: string, partName: string, part: string): Promise<Buffer> {
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/${partName}" ContentType="${main}"/></Types>`;
  const rels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${partName}"/></Relationships>`;
  return zipOf([
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: rels },
    { name: partName, data: part },
  ]);
}

export function docx(): Promise<Buffer> {
  return ooxml(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'word/document.xml',
    `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Protokoll</w:t></w:r></w:p></w:body></w:document>`,
  );
}

export function xlsx(): Promise<Buffer> {
  return ooxml(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    'xl/workbook.xml',
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`,
  );
}

/** OpenDocument 1.2: stored mimetype first, manifest, content.xml with office:version. */
function odf(kind: 'text' | 'spreadsheet', body: string): Promise<Buffer> {
  const mime = `application/vnd.oasis.opendocument.${kind}`;
  const manifest =
    `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mime}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const content =
    `${XML}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
    `office:version="1.2"><office:body>${body}</office:body></office:document-content>`;
  return zipOf([
    { name: 'mimetype', data: mime, store: true },
    { name: 'META-INF/manifest.xml', data: manifest },
    { name: 'content.xml', data: content },
  ]);
}

export const odt = (): Promise<Buffer> => odf('text', '<office:text/>');
export const ods = (): Promise<Buffer> => odf('spreadsheet', '<office:spreadsheet/>');

export function epub(): Promise<Buffer> {
  const container =
    `${XML}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
    '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';
  return zipOf([
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'META-INF/container.xml', data: container },
    {
      name: 'OEBPS/content.opf',
      data: `${XML}<package xmlns="http://www.idpf.org/2007/opf" version="3.0"/>`,
    },
  ]);
}

/** SIARD 2.2 (eCH-0165): header/ with siardversion/2.2/ and metadata.xml, content/ with one table. */
export function siard(version: '2.0' | '2.2'): Promise<Buffer> {
  const ns =
    version === '2.0'
      ? 'http://www.bar.admin.ch/xmlns/siard/2.0/metadata.xsd'
      : 'http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd';
  const metadata =
    `${XML}<siardArchive xmlns="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="${version === '2.0' ? '2.0' : '2.2'}">` +
    '<dbname>kommun</dbname><dataOwner>Kommunen</dataOwner><dataOriginTimespan>2020</dataOriginTimespan>' +
    '<schemas><schema><name>public</name><folder>schema0</folder></schema></schemas></siardArchive>';
  return zipOf([
    { name: 'header/' },
    ...(version === '2.2' ? [{ name: 'header/siardversion/' }, { name: 'header/siardversion/2.2/' }] : []),
    { name: 'header/metadata.xml', data: metadata },
    {
      name: 'content/schema0/table0/table0.xml',
      data: `${XML}<table xmlns="http://www.bar.admin.ch/xmlns/siard/2/table.xsd"/>`,
    },
  ]);
}

export function plainZip(): Promise<Buffer> {
  return zipOf([
    { name: 'protokoll.txt', data: 'Kommunstyrelsens protokoll\n' },
    { name: 'bilagor/bilaga1.txt', data: 'Bilaga 1\n' },
  ]);
}

/** \x01CompObj: header, CLSID, user type, clipboard format and the program ID the signatures look for. */
function compObj(userType: string, clipboard: string, progId: string): Buffer {
  const lp = (s: string): Buffer => {
    const b = Buffer.from(`${s}\0`, 'latin1');
    const n = Buffer.alloc(4);
    n.writeUInt32LE(b.length);
    return Buffer.concat([n, b]);
  };
  const header = Buffer.from([1, 0, 0xfe, 0xff, 3, 0x0a, 0, 0, 0xff, 0xff, 0xff, 0xff]);
  const clsid = Buffer.from('0609020000000000c000000000000046', 'hex');
  return Buffer.concat([
    header,
    clsid,
    lp(userType),
    lp(clipboard),
    lp(progId),
    Buffer.from([0xf4, 0x39, 0xb2, 0x71]),
    Buffer.alloc(12),
  ]);
}

/** Word 97-2003: a WordDocument stream starting with a FIB (wIdent 0xA5EC, nFib 193), a 1Table and CompObj. */
export function doc(): Buffer {
  const fib = Buffer.alloc(4608);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(193, 2);
  return buildCompoundFile([
    { path: 'WordDocument', data: fib },
    { path: '1Table', data: Buffer.alloc(512) },
    { path: '\x01CompObj', data: compObj('Microsoft Word 97-2003 Document', 'MSWordDoc', 'Word.Document.8') },
  ]);
}

/** Excel 97-2003: a Workbook stream opening with a BIFF8 BOF record, and CompObj. */
export function xls(): Buffer {
  const bof = Buffer.from([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xaf, 0x18, 0xcd, 0x07, 0xc1, 0, 0, 0, 0x06, 0x03, 0, 0,
  ]);
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return buildCompoundFile([
    { path: 'Workbook', data: Buffer.concat([bof, Buffer.alloc(600), eof]) },
    { path: '\x01CompObj', data: compObj('Microsoft Excel 2003 Worksheet', 'Biff8', 'Excel.Sheet.8') },
  ]);
}
