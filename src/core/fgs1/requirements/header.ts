/** FGS1-HDR: the METS header of a 1.x package (package role, dates, agents, agreement). */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

export const FGS1_HEADER: readonly Requirement[] = [
  requirement(
    'FGS1-HDR-1',
    'MUST',
    { en: 'The METS header has a creation date', sv: 'METS-huvudet har ett skapandedatum' },
    'sip.xml has one metsHdr whose CREATEDATE is an xs:dateTime. A time zone is not required: public 1.x generators write local time without one.',
    '/mets/metsHdr/@CREATEDATE',
  ),
  requirement(
    'FGS1-HDR-2',
    'MUST',
    {
      en: 'The METS header declares the package a SIP (ext:OAISTYPE)',
      sv: 'METS-huvudet anger att paketet är ett SIP (ext:OAISTYPE)',
    },
    'metsHdr/@ext:OAISTYPE is `SIP`. The spelling ext:OAISSTATUS occurs in public 1.x code as well and is accepted; when both are present they agree.',
    '/mets/metsHdr/@ext:OAISTYPE',
  ),
  requirement(
    'FGS1-HDR-3',
    'SHOULD',
    { en: 'The METS header states the record status', sv: 'METS-huvudet anger poststatus' },
    'metsHdr/@RECORDSTATUS is present and not empty (`NEW` for a first delivery). It maps unchanged to SIP3.',
    '/mets/metsHdr/@RECORDSTATUS',
  ),
  requirement(
    'FGS1-HDR-4',
    'MUST',
    {
      en: 'The archival creator is named (agent ARCHIVIST, ORGANIZATION)',
      sv: 'Arkivbildaren är angiven (agent ARCHIVIST, ORGANIZATION)',
    },
    'metsHdr has an agent with ROLE="ARCHIVIST" and TYPE="ORGANIZATION" whose name is not empty: the arkivbildare (kontrollpunkt K14). It maps to SIP9–SIP14.',
    "/mets/metsHdr/agent[@ROLE='ARCHIVIST'][@TYPE='ORGANIZATION']",
  ),
  requirement(
    'FGS1-HDR-5',
    'SHOULD',
    {
      en: "The archival creator's identification code is given",
      sv: 'Arkivbildarens identifieringskod är angiven',
    },
    'The ARCHIVIST organisation agent has a note holding its identification code as `<type>:<code>`, e.g. `ORG:2120001165` (organisationsnummer), `VAT:SE…` or `Local:10002`. A conversion marks the note csip:NOTETYPE="IDENTIFICATIONCODE" (SIP14).',
    "/mets/metsHdr/agent[@ROLE='ARCHIVIST'][@TYPE='ORGANIZATION']/note",
  ),
  requirement(
    'FGS1-HDR-6',
    'SHOULD',
    {
      en: 'The software that created the package is named',
      sv: 'Programvaran som skapade paketet är angiven',
    },
    'metsHdr has an agent with ROLE="CREATOR", TYPE="OTHER" and OTHERTYPE="SOFTWARE" whose name is not empty. CSIP10–CSIP16 require this agent in 2.x; without it a conversion names samarkiv instead.',
    "/mets/metsHdr/agent[@ROLE='CREATOR'][@OTHERTYPE='SOFTWARE']",
  ),
  requirement(
    'FGS1-HDR-7',
    'SHOULD',
    { en: 'Every software agent states its version', sv: 'Varje programvaruagent anger sin version' },
    'Each agent with OTHERTYPE="SOFTWARE" (the creating software, and the source system as ARCHIVIST) has a note holding its version, so the source system is named with its version (kontrollpunkt K15). A conversion marks the note csip:NOTETYPE="SOFTWARE VERSION" (CSIP16).',
    "/mets/metsHdr/agent[@OTHERTYPE='SOFTWARE']/note",
  ),
  requirement(
    'FGS1-HDR-8',
    'MUST',
    { en: 'Every agent is named and fully typed', sv: 'Varje agent har namn och fullständig typ' },
    'Every metsHdr agent has a ROLE and a non-empty name; ROLE="OTHER" comes with OTHERROLE (e.g. SUBMITTER, PRODUCER) and TYPE="OTHER" with OTHERTYPE (e.g. SOFTWARE).',
    '/mets/metsHdr/agent',
  ),
  requirement(
    'FGS1-HDR-9',
    'SHOULD',
    { en: 'The submission agreement is referenced', sv: 'Leveransöverenskommelsen är angiven' },
    'metsHdr has an altRecordID with TYPE="SUBMISSIONAGREEMENT" and a non-empty value (reference number, date or URL of the leveransöverenskommelse; kontrollpunkt K17). It maps unchanged to SIP5. Level SHOULD: its cardinality in 1.x is unconfirmed.',
    "/mets/metsHdr/altRecordID[@TYPE='SUBMISSIONAGREEMENT']",
  ),
];
