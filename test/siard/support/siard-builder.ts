/**
 * Generates a small SIARD 2.2 database for tests: metadata.xml, one schema with two tables
 * (person: ids, names with Swedish and other non-ASCII letters, a nullable date with NULLs;
 * dokument: a BLOB column with one LOB file inside the SIARD file, one inline BLOB and one NULL),
 * each with its table XSD. A test breaks exactly one thing through the edit hooks.
 */
import { createHash } from 'node:crypto';
import { writeZip, type ZipEntrySpec } from './zip-writer.ts';

const enc = new TextEncoder();

export const TABLE_NS = 'http://www.bar.admin.ch/xmlns/siard/2/table.xsd';
export const LOB_PATH = 'content/schema0/table1/lob3/record1.bin';
export const LOB_BYTES = enc.encode('%PDF-1.4\n% samarkiv test LOB, bygglovsbeslut Lund 2019\n%%EOF\n');
export const PERSON_XML = 'content/schema0/table0/table0.xml';
export const DOKUMENT_XML = 'content/schema0/table1/table1.xml';

export interface SiardOptions {
  readonly version?: '2.1' | '2.2';
  /** Edits metadata.xml as text. */
  readonly metadata?: (xml: string) => string;
  readonly person?: (xml: string) => string;
  readonly dokument?: (xml: string) => string;
  /** Edits the entries (name → bytes, null for a folder) before zipping. */
  readonly entries?: (entries: Map<string, Uint8Array | null>) => void;
  /** Edits the ZIP entry specs last (methods, flags). */
  readonly zip?: (specs: ZipEntrySpec[]) => ZipEntrySpec[];
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').toUpperCase();
}

function metadataXml(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<siardArchive xmlns="http://www.bar.admin.ch/xmlns/siard/2/metadata.xsd" version="${version}">
  <dbname>procapita_test</dbname>
  <description>Testdatabas för samarkiv: personer och dokument</description>
  <dataOwner>Lunds kommun, Socialnämnden</dataOwner>
  <dataOriginTimespan>2001–2019</dataOriginTimespan>
  <producerApplication>samarkiv test builder</producerApplication>
  <archivalDate>2026-11-20</archivalDate>
  <schemas>
    <schema>
      <name>public</name>
      <folder>schema0</folder>
      <tables>
        <table>
          <name>person</name>
          <folder>table0</folder>
          <description>Personer i ärendena</description>
          <columns>
            <column><name>id</name><type>INTEGER</type><nullable>false</nullable><description>Löpnummer</description></column>
            <column><name>namn</name><type>VARCHAR(200)</type><nullable>false</nullable><description>Fullständigt namn</description></column>
            <column><name>född</name><type>DATE</type><description>Födelsedag, okänd = NULL</description></column>
          </columns>
          <primaryKey><name>pk_person</name><column>id</column></primaryKey>
          <rows>4</rows>
        </table>
        <table>
          <name>dokument</name>
          <folder>table1</folder>
          <description>Inskannade beslut</description>
          <columns>
            <column><name>id</name><type>INTEGER</type><nullable>false</nullable><description>Löpnummer</description></column>
            <column><name>person_id</name><type>INTEGER</type><description>Person, se person.id</description></column>
            <column><name>fil</name><type>BLOB</type><mimeType>application/pdf</mimeType><description>Beslutet som PDF</description></column>
          </columns>
          <primaryKey><name>pk_dokument</name><column>id</column></primaryKey>
          <rows>3</rows>
        </table>
      </tables>
    </schema>
  </schemas>
  <users><user><name>arkiv</name></user></users>
</siardArchive>
`;
}

function tableXsd(columns: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${TABLE_NS}" targetNamespace="${TABLE_NS}" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:element name="table">
    <xs:complexType><xs:sequence>
      <xs:element name="row" type="rowType" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType>
  </xs:element>
  <xs:complexType name="rowType"><xs:sequence>
${columns}
  </xs:sequence></xs:complexType>
  <xs:complexType name="blobType">
    <xs:simpleContent><xs:extension base="xs:hexBinary">
      <xs:attribute name="file" type="xs:anyURI"/>
      <xs:attribute name="length" type="xs:integer"/>
      <xs:attribute name="digestType" type="digestTypeType"/>
      <xs:attribute name="messageDigest" type="xs:string"/>
    </xs:extension></xs:simpleContent>
  </xs:complexType>
  <xs:simpleType name="digestTypeType"><xs:restriction base="xs:string">
    <xs:enumeration value="MD5"/><xs:enumeration value="SHA-1"/><xs:enumeration value="SHA-256"/>
  </xs:restriction></xs:simpleType>
  <xs:simpleType name="dateType"><xs:restriction base="xs:date">
    <xs:pattern value="\\d{4}-\\d{2}-\\d{2}Z?"/>
  </xs:restriction></xs:simpleType>
</xs:schema>
`;
}

const PERSON_XSD = tableXsd(`    <xs:element name="c1" type="xs:integer"/>
    <xs:element name="c2" type="xs:string"/>
    <xs:element name="c3" type="dateType" minOccurs="0"/>`);

const DOKUMENT_XSD = tableXsd(`    <xs:element name="c1" type="xs:integer"/>
    <xs:element name="c2" type="xs:integer" minOccurs="0"/>
    <xs:element name="c3" type="blobType" minOccurs="0"/>`);

const PERSON = `<?xml version="1.0" encoding="UTF-8"?>
<table xmlns="${TABLE_NS}">
  <row><c1>1</c1><c2>Åsa Öberg</c2><c3>1948-03-02</c3></row>
  <row><c1>2</c1><c2>Ünal Çelik</c2></row>
  <row><c1>3</c1><c2>李小龍 &amp; Søren Ærø</c2><c3>1951-11-27</c3></row>
  <row><c1>4</c1><c2>Ola Nordmann 😀</c2></row>
</table>
`;

function dokument(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<table xmlns="${TABLE_NS}">
  <row><c1>1</c1><c2>1</c2><c3 file="${LOB_PATH}" length="${LOB_BYTES.length}" digestType="SHA-256" messageDigest="${sha256(LOB_BYTES)}"/></row>
  <row><c1>2</c1><c3>25504446</c3></row>
  <row><c1>3</c1><c2>3</c2></row>
</table>
`;
}

/** The entries of the sample SIARD file, in the order a SIARD tool writes them. */
export function siardEntries(options: SiardOptions = {}): Map<string, Uint8Array | null> {
  const version = options.version ?? '2.2';
  const entries = new Map<string, Uint8Array | null>();
  entries.set('header/', null);
  entries.set(`header/siardversion/`, null);
  entries.set(`header/siardversion/${version}/`, null);
  entries.set('header/metadata.xml', enc.encode((options.metadata ?? ((x) => x))(metadataXml(version))));
  entries.set('content/', null);
  entries.set('content/schema0/', null);
  entries.set('content/schema0/table0/', null);
  entries.set(PERSON_XML, enc.encode((options.person ?? ((x) => x))(PERSON)));
  entries.set('content/schema0/table0/table0.xsd', enc.encode(PERSON_XSD));
  entries.set('content/schema0/table1/', null);
  entries.set(DOKUMENT_XML, enc.encode((options.dokument ?? ((x) => x))(dokument())));
  entries.set('content/schema0/table1/table1.xsd', enc.encode(DOKUMENT_XSD));
  entries.set('content/schema0/table1/lob3/', null);
  entries.set(LOB_PATH, LOB_BYTES);
  options.entries?.(entries);
  return entries;
}

/** The sample SIARD file as ZIP bytes. */
export function sampleSiard(options: SiardOptions = {}): Uint8Array {
  const specs: ZipEntrySpec[] = [...siardEntries(options)].map(([name, data]) => ({ name, data }));
  return writeZip(options.zip ? options.zip(specs) : specs);
}
