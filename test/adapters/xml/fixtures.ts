/**
 * Small XML documents for the validator tests, built so a test can name the line it breaks.
 */

export const NS_DECLARATIONS =
  'xmlns="http://www.loc.gov/METS/" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" ' +
  'xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS" xmlns:xlink="http://www.w3.org/1999/xlink"';

const CHECKSUM = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** One `file` element on one line, as E-ARK writes it. */
export function metsFile(n: number, extra = ''): string {
  const id = String(n).padStart(6, '0');
  return (
    `<file ID="uuid-file-${id}" MIMETYPE="application/pdf" SIZE="${1000 + n}" CREATED="2024-05-17T09:00:00+02:00" ` +
    `CHECKSUM="${CHECKSUM}" CHECKSUMTYPE="SHA-256"${extra}><FLocat LOCTYPE="URL" xlink:type="simple" ` +
    `xlink:href="representations/rep1/data/file-${id}.pdf"/></file>`
  );
}

export interface MetsOptions {
  /** Extra attributes on `mets`, e.g. ` xsi:schemaLocation="…"`. */
  readonly root?: string;
  readonly packageType?: string;
  readonly fileGroupType?: string;
  /** The `file` lines; one valid file by default. */
  readonly files?: Iterable<string>;
}

/** A minimal E-ARK SIP 2.2 METS document (CSIP root, header, fileSec, CSIP structMap). */
export function eArkMets(options: MetsOptions = {}): string {
  const files = options.files ?? [metsFile(1, ' sip:FILEFORMATNAME="PDF/A-1b" sip:FORMATREGISTRY="PRONOM"')];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mets ${NS_DECLARATIONS} OBJID="urn:uuid:5b1c7a60-0d0e-4c43-9a53-7c5c6e9c3f10" TYPE="Mixed" ` +
      `csip:CONTENTINFORMATIONTYPE="MIXED" PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"${options.root ?? ''}>`,
    `  <metsHdr CREATEDATE="2024-05-17T09:00:00+02:00" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="${options.packageType ?? 'SIP'}">`,
    '    <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">',
    '      <name>samarkiv</name>',
    '      <note csip:NOTETYPE="SOFTWARE VERSION">0.1.0</note>',
    '    </agent>',
    '  </metsHdr>',
    '  <fileSec ID="uuid-filesec">',
    `    <fileGrp ID="uuid-rep1" USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="${options.fileGroupType ?? 'citserms_v2_1'}">`,
  ];
  const tail = [
    '    </fileGrp>',
    '  </fileSec>',
    '  <structMap ID="uuid-structmap" TYPE="PHYSICAL" LABEL="CSIP">',
    '    <div ID="uuid-div-root">',
    '      <div ID="uuid-div-metadata" LABEL="Metadata"/>',
    '      <div ID="uuid-div-rep1" LABEL="Representations/rep1"><fptr FILEID="uuid-rep1"/></div>',
    '    </div>',
    '  </structMap>',
    '</mets>',
    '',
  ];
  const body: string[] = [];
  for (const file of files) body.push(`      ${file}`);
  return [...lines, ...body, ...tail].join('\n');
}

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(xml: string, needle: string): number {
  const at = xml.indexOf(needle);
  if (at < 0) throw new Error(`not in document: ${needle}`);
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

export function premis3(size = '1024'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
  <premis:object xsi:type="premis:file">
    <premis:objectIdentifier>
      <premis:objectIdentifierType>UUID</premis:objectIdentifierType>
      <premis:objectIdentifierValue>uuid-file-000001</premis:objectIdentifierValue>
    </premis:objectIdentifier>
    <premis:objectCharacteristics>
      <premis:fixity>
        <premis:messageDigestAlgorithm>SHA-256</premis:messageDigestAlgorithm>
        <premis:messageDigest>${CHECKSUM}</premis:messageDigest>
      </premis:fixity>
      <premis:size>${size}</premis:size>
      <premis:format>
        <premis:formatRegistry>
          <premis:formatRegistryName>PRONOM</premis:formatRegistryName>
          <premis:formatRegistryKey>fmt/354</premis:formatRegistryKey>
        </premis:formatRegistry>
      </premis:format>
    </premis:objectCharacteristics>
    <premis:originalName>protokoll.pdf</premis:originalName>
  </premis:object>
  <premis:event>
    <premis:eventIdentifier>
      <premis:eventIdentifierType>UUID</premis:eventIdentifierType>
      <premis:eventIdentifierValue>uuid-event-1</premis:eventIdentifierValue>
    </premis:eventIdentifier>
    <premis:eventType>ingestion</premis:eventType>
    <premis:eventDateTime>2024-05-17T09:00:00+02:00</premis:eventDateTime>
    <premis:eventOutcomeInformation><premis:eventOutcome>success</premis:eventOutcome></premis:eventOutcomeInformation>
  </premis:event>
  <premis:agent>
    <premis:agentIdentifier>
      <premis:agentIdentifierType>local</premis:agentIdentifierType>
      <premis:agentIdentifierValue>samarkiv</premis:agentIdentifierValue>
    </premis:agentIdentifier>
    <premis:agentName>samarkiv</premis:agentName>
    <premis:agentType>software</premis:agentType>
    <premis:agentVersion>0.1.0</premis:agentVersion>
  </premis:agent>
</premis:premis>
`;
}

export const PREMIS_2_1 = `<?xml version="1.0" encoding="UTF-8"?>
<premis xmlns="info:lc/xmlns/premis-v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="2.1">
  <object xsi:type="file">
    <objectIdentifier><objectIdentifierType>local</objectIdentifierType><objectIdentifierValue>f1</objectIdentifierValue></objectIdentifier>
    <objectCharacteristics>
      <compositionLevel>0</compositionLevel>
      <format><formatDesignation><formatName>PDF/A</formatName></formatDesignation></format>
    </objectCharacteristics>
  </object>
</premis>
`;

export const EAD_2002 = `<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="urn:isbn:1-931666-22-9" xmlns:xlink="http://www.w3.org/1999/xlink">
  <eadheader>
    <eadid countrycode="SE">SE/K0001/SN</eadid>
    <filedesc><titlestmt><titleproper>Socialnämndens arkiv</titleproper></titlestmt></filedesc>
  </eadheader>
  <archdesc level="fonds">
    <did>
      <unittitle>Socialnämnden</unittitle>
      <unitdate normal="1971/2020">1971–2020</unitdate>
    </did>
    <dsc>
      <c level="series"><did><unittitle>Protokoll</unittitle></did></c>
    </dsc>
  </archdesc>
</ead>
`;

export const EAD3 = `<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="http://ead3.archivists.org/schema/">
  <control>
    <recordid>SE-K0001-SN</recordid>
    <filedesc><titlestmt><titleproper>Socialnämndens arkiv</titleproper></titlestmt></filedesc>
    <maintenancestatus value="new"/>
    <maintenanceagency><agencyname>Kommunarkivet</agencyname></maintenanceagency>
    <maintenancehistory>
      <maintenanceevent>
        <eventtype value="created"/>
        <eventdatetime>2024-05-17</eventdatetime>
        <agenttype value="machine"/>
        <agent>samarkiv</agent>
      </maintenanceevent>
    </maintenancehistory>
  </control>
  <archdesc level="fonds"><did><unittitle>Socialnämnden</unittitle></did></archdesc>
</ead>
`;
