/**
 * CITS ERMS documents for the ERMS tests, trimmed from the DILCIS generated example
 * (../shared/standards/cits-erms/ERMS_version_2_1_0_generated_example.xml): the same control,
 * maintenance and aggregation/record structure, with Swedish case-management values and the
 * parentAggregationIds and appendix paths made consistent (the generated example's point nowhere).
 * Two aggregations (a case and a sub-case that names it as parent), three records and four
 * documents, one of them in a subfolder and one attached to an agent (agentExtendingAppendix).
 */

export type ErmsTemplateVersion = '2.1' | '3.0';

/** The documents the template refers to, as paths relative to the representation's data folder. */
export const ERMS_DOCUMENTS = [
  'ansokan.pdf',
  'handlingar/ritning situationsplan.pdf',
  'beslut.pdf',
  'fullmakt.pdf',
] as const;

/** 2.1 spells the address type attribute `adressType`; 3.0 corrected it to `addressType`. */
function addressAttr(version: ErmsTemplateVersion): string {
  return version === '2.1' ? 'adressType' : 'addressType';
}

export function ermsXml(version: ErmsTemplateVersion): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<erms xmlns="https://DILCIS.eu/XML/ERMS">
  <control>
    <identification identificationType="ArchivalCode">SE/1281/BN</identification>
    <informationClass>open</informationClass>
    <maintenanceInformation>
      <maintenanceStatus value="new"/>
      <maintenanceAgency>
        <agencyName>Lunds kommun, Byggnadsnämnden</agencyName>
      </maintenanceAgency>
      <maintenanceHistory>
        <maintenanceEvent>
          <eventType value="created"/>
          <eventDateTime>2026-11-20T10:00:00</eventDateTime>
          <agent agentType="other" otherAgentType="exportsystem">
            <name>W3D3 export</name>
            <addressContactInformation>
              <addressLine ${addressAttr(version)}="postal_address">Stortorget 7, Lund</addressLine>
              <contactLine contactType="phonenumber">046-35 50 00</contactLine>
            </addressContactInformation>
          </agent>
        </maintenanceEvent>
      </maintenanceHistory>
    </maintenanceInformation>
    <systemInformation>
      <agents>
        <agent agentType="administrator">
          <name>Anna Andersson</name>
          <agentExtendingInformation>
            <agentExtendingAppendix name="Fullmakt" fileFormat="PDF/A-1b" path="fullmakt.pdf"/>
          </agentExtendingInformation>
        </agent>
      </agents>
    </systemInformation>
  </control>
  <aggregations>
    <aggregation systemIdentifier="1001" aggregationType="caseFile">
      <objectId>BN-2019-0001</objectId>
      <title>Bygglov Stora Södergatan 1</title>
      <additionalInformation>
        <appendix name="Beslut" fileFormat="PDF/A-1b" path="beslut.pdf"/>
      </additionalInformation>
      <record systemIdentifier="2001" recordType="document">
        <objectId>BN-2019-0001-1</objectId>
        <parentAggregationId>BN-2019-0001</parentAggregationId>
        <title>Ansökan om bygglov</title>
        <direction directionDefinition="incoming"/>
        <additionalInformation>
          <appendix name="Ansökan" fileFormat="PDF/A-1b" path="ansokan.pdf"/>
        </additionalInformation>
      </record>
      <record systemIdentifier="2003" recordType="document">
        <objectId>BN-2019-0001-2</objectId>
        <parentAggregationId>BN-2019-0001</parentAggregationId>
        <title>Beslut om bygglov</title>
        <direction directionDefinition="outgoing"/>
      </record>
    </aggregation>
    <aggregation systemIdentifier="1002" aggregationType="own_aggregation_definition" otherAggregationType="delakt">
      <objectId>BN-2019-0001-A</objectId>
      <parentAggregationId>BN-2019-0001</parentAggregationId>
      <title>Ritningar</title>
      <record systemIdentifier="2002" recordType="document">
        <objectId>BN-2019-0001-A-1</objectId>
        <parentAggregationId>BN-2019-0001-A</parentAggregationId>
        <title>Situationsplan</title>
        <direction directionDefinition="incoming"/>
        <additionalInformation>
          <appendix name="Situationsplan" fileFormat="PDF/A-1b" path="handlingar/ritning situationsplan.pdf"/>
        </additionalInformation>
      </record>
    </aggregation>
  </aggregations>
</erms>
`;
}
