/**
 * Renders a generated diarium as CITS ERMS XML, case by case, for either version: 2.1 spells the
 * address type attribute `adressType`, 3.0 `addressType` and names its classification scheme with
 * an ID. Every element is written in the order the XSD's sequences demand.
 */
import type { ErmsVersion } from '../../../core/erms/erms-facts.ts';
import type { GeneratedCase, GeneratedRecord, Officer, Party } from './model.ts';
import { CLASSIFICATION, PROCESS_GROUPS } from './vocabulary.ts';

const ESC: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ESC[c] as string);

/** xs:dateTime without a time zone, as case-management exports write local time. */
export const dateTime = (d: Date): string => d.toISOString().slice(0, 19);

export interface ExportHeader {
  readonly version: ErmsVersion;
  readonly registrator: string;
  readonly organisation: string;
  readonly organisationNumber: string;
  readonly registrarName: string;
  readonly exported: Date;
  readonly systemName: string;
}

function classificationScheme(version: ErmsVersion): string {
  const lines: string[] = [];
  for (const [code, name] of PROCESS_GROUPS) {
    lines.push(`${code} ${name}`);
    for (const c of CLASSIFICATION.filter((p) => p.group === code)) lines.push(`${c.code} ${c.name}`);
  }
  const attrs =
    version === '3.0' ? ' classificationSchemaId="klassa" classificationSchemaStatus="current"' : '';
  return `    <classificationSchema${attrs}>
      <textualDescriptionOfClassificationSchema>
        <p>Klassificeringsstruktur enligt Klassa (processbaserad), fiktiv.</p>
${lines.map((l) => `        <p>${esc(l)}</p>`).join('\n')}
      </textualDescriptionOfClassificationSchema>
    </classificationSchema>\n`;
}

export function ermsHeader(h: ExportHeader): string {
  const addr = h.version === '2.1' ? 'adressType' : 'addressType';
  return `<?xml version="1.0" encoding="UTF-8"?>
<erms xmlns="https://DILCIS.eu/XML/ERMS">
  <control>
    <identification identificationType="diarium">${esc(h.registrator)}</identification>
    <identification identificationType="organisationsnummer">${esc(h.organisationNumber)}</identification>
    <informationClass>open</informationClass>
${classificationScheme(h.version)}    <dates>
      <date dateType="created">${dateTime(h.exported)}</date>
    </dates>
    <maintenanceInformation>
      <maintenanceStatus value="new"/>
      <maintenanceAgency>
        <agencyName>${esc(h.organisation)}</agencyName>
      </maintenanceAgency>
      <maintenanceHistory>
        <maintenanceEvent>
          <eventType value="created"/>
          <eventDateTime>${dateTime(h.exported)}</eventDateTime>
          <agent agentType="other" otherAgentType="exportsystem">
            <name>${esc(h.systemName)}</name>
            <addressContactInformation>
              <addressLine ${addr}="postal_city">Lund</addressLine>
              <contactLine contactType="email">diarium@example.se</contactLine>
            </addressContactInformation>
          </agent>
        </maintenanceEvent>
      </maintenanceHistory>
    </maintenanceInformation>
    <systemInformation>
      <agents>
        <agent agentType="administrator">
          <name>${esc(h.registrarName)}</name>
          <role>Registrator</role>
        </agent>
      </agents>
    </systemInformation>
  </control>
  <aggregations>
`;
}

export const ERMS_FOOTER = '  </aggregations>\n</erms>\n';

function partyAgent(p: Party, type: string, role: string, version: ErmsVersion, indent: string): string {
  const addr = version === '2.1' ? 'adressType' : 'addressType';
  return `${indent}<agent agentType="${type}">
${indent}  <name>${esc(p.name)}</name>
${indent}  <idNumber idNumberType="${esc(p.idNumberType)}">${p.idNumber}</idNumber>
${indent}  <role>${esc(role)}</role>
${indent}  <addressContactInformation>
${indent}    <addressLine ${addr}="postal_address">${esc(p.street)}</addressLine>
${indent}    <addressLine ${addr}="postal_code">${esc(p.postalCode)}</addressLine>
${indent}    <addressLine ${addr}="postal_city">${esc(p.town)}</addressLine>
${indent}    <contactLine contactType="email">${esc(p.email)}</contactLine>
${indent}  </addressContactInformation>
${indent}</agent>\n`;
}

function officerAgent(o: Officer, indent: string): string {
  return `${indent}<agent agentType="responsible_person">
${indent}  <name>${esc(o.name)}</name>
${indent}  <role>${esc(o.role)}</role>
${indent}</agent>\n`;
}

function restriction(regulation: string, indent: string): string {
  return `${indent}<restriction restrictionType="confidential">
${indent}  <explanatoryText>Sekretess kan gälla för uppgifter i handlingen.</explanatoryText>
${indent}  <regulation>${esc(regulation)}</regulation>
${indent}</restriction>\n`;
}

const RECORD_DATE: Readonly<Record<string, string>> = {
  incoming: 'received',
  outgoing: 'sent',
  'internal_memo_for_follow-up': 'created',
};
const PARTY_ROLE: Readonly<Record<string, [string, string]>> = {
  incoming: ['sender', 'Avsändare'],
  outgoing: ['receiver', 'Mottagare'],
};

function record(c: GeneratedCase, r: GeneratedRecord, version: ErmsVersion): string {
  const i = '        ';
  const dir = r.kind.direction;
  const role = PARTY_ROLE[dir];
  const secret = c.process.secrecy !== undefined && dir === 'incoming';
  return `      <record systemIdentifier="${r.systemIdentifier}" recordType="handling">
${i}<objectId>${esc(r.objectId)}</objectId>
${i}<parentAggregationId>${esc(c.objectId)}</parentAggregationId>
${i}<title>${esc(r.kind.title)}</title>
${i}<runningNumber>${r.runningNumber}</runningNumber>
${secret ? restriction(c.process.secrecy as string, i) : ''}${i}<direction directionDefinition="${dir}"/>
${i}<agents>
${role ? partyAgent(c.party, role[0], role[1], version, `${i}  `) : ''}${officerAgent(c.officer, `${i}  `)}${i}</agents>
${i}<dates>
${i}  <date dateType="${RECORD_DATE[dir] ?? 'created'}">${dateTime(r.date)}</date>
${i}</dates>
${i}<additionalInformation>
${r.documents.map((d) => `${i}  <appendix name="${esc(d.name)}" fileFormat="PDF/A-1b" path="${esc(d.path)}"/>`).join('\n')}
${i}</additionalInformation>
      </record>\n`;
}

export function ermsCase(c: GeneratedCase, version: ErmsVersion): string {
  const i = '      ';
  const group = c.process.group;
  return `    <aggregation systemIdentifier="${c.systemIdentifier}" aggregationType="caseFile">
${i}<objectId>${esc(c.objectId)}</objectId>
${i}<classification classificationCode="${c.process.code}" fullyQualifiedClassificationCode="${group}.${c.process.code.split('.')[1]}">${esc(c.process.name)}</classification>
${i}<title>${esc(c.title)}</title>
${i}<status value="closed"/>
${c.process.secrecy ? restriction(c.process.secrecy, i) : ''}${i}<agents>
${officerAgent(c.officer, `${i}  `)}${partyAgent(c.party, 'counterpart', 'Part', version, `${i}  `)}${i}</agents>
${i}<dates>
${i}  <date dateType="opened">${dateTime(c.opened)}</date>
${i}  <date dateType="closed">${dateTime(c.closed)}</date>
${i}</dates>
${c.records.map((r) => record(c, r, version)).join('')}    </aggregation>\n`;
}
