/**
 * The XML schema of one SIARD table file (content/schemaN/tableM/tableM.xsd): a row holds c1…cN in
 * column order, a nullable column's element may be absent (NULL). Each column gets the XML Schema
 * type of its SQL type; LOB columns get clobType/blobType, whose values are inline or a file
 * reference with length and digest (SIARD 2.2 attribute names).
 */
import type { ColumnModel } from './database-model.ts';
import type { SqlType } from './sql-types.ts';

export const SIARD_TABLE_NS = 'http://www.bar.admin.ch/xmlns/siard/2/table.xsd';

const MAX_XS_DECIMAL_DIGITS = 24;

function xsdType(t: SqlType): string {
  switch (t.kind) {
    case 'boolean':
      return 'xs:boolean';
    case 'smallint':
    case 'integer':
    case 'bigint':
      return 'xs:integer';
    case 'decimal':
      // libxml2 (xmllint, the archive's checker) holds xs:decimal in 24 digits; wider DECIMALs are
      // described by their lexical form instead, so DECIMAL(38,x) validates everywhere.
      return t.precision !== undefined && t.precision <= MAX_XS_DECIMAL_DIGITS ? 'xs:decimal' : 'decimalType';
    case 'real':
      return 'xs:float';
    case 'double':
      return 'xs:double';
    case 'char':
    case 'varchar':
      return 'xs:string';
    case 'clob':
    case 'xml':
      return 'clobType';
    case 'binary':
    case 'varbinary':
      return 'xs:hexBinary';
    case 'blob':
      return 'blobType';
    case 'date':
      return 'dateType';
    case 'time':
    case 'timetz':
      return 'timeType';
    case 'timestamp':
    case 'timestamptz':
      return 'dateTimeType';
  }
}

const LOB_ATTRIBUTES = `      <xs:attribute name="file" type="xs:anyURI"/>
      <xs:attribute name="length" type="xs:integer"/>
      <xs:attribute name="digestType" type="digestTypeType"/>
      <xs:attribute name="digest" type="xs:string"/>`;

export function renderTableXsd(columns: readonly ColumnModel[]): string {
  const elements = columns
    .map(
      (c, i) =>
        `      <xs:element name="c${i + 1}" type="${xsdType(c.type)}"${c.nullable ? ' minOccurs="0"' : ''}/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${SIARD_TABLE_NS}" targetNamespace="${SIARD_TABLE_NS}" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:element name="table">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="row" type="rowType" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:complexType name="rowType">
    <xs:sequence>
${elements}
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="clobType">
    <xs:simpleContent>
      <xs:extension base="xs:string">
${LOB_ATTRIBUTES}
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="blobType">
    <xs:simpleContent>
      <xs:extension base="xs:hexBinary">
${LOB_ATTRIBUTES}
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:simpleType name="digestTypeType">
    <xs:restriction base="xs:string">
      <xs:enumeration value="MD5"/>
      <xs:enumeration value="SHA-1"/>
      <xs:enumeration value="SHA-256"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="dateType">
    <xs:restriction base="xs:date">
      <xs:pattern value="\\d{4}-\\d{2}-\\d{2}(Z|[+\\-]\\d{2}:\\d{2})?"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="decimalType">
    <xs:restriction base="xs:string">
      <xs:pattern value="[+\\-]?(\\d+(\\.\\d*)?|\\.\\d+)"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="timeType">
    <xs:restriction base="xs:time"/>
  </xs:simpleType>
  <xs:simpleType name="dateTimeType">
    <xs:restriction base="xs:dateTime">
      <xs:pattern value="\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+\\-]\\d{2}:\\d{2})?"/>
    </xs:restriction>
  </xs:simpleType>
</xs:schema>
`;
}
