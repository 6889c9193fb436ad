/**
 * Renders the package's descriptive metadata as an EAD3 finding aid (ead3.xsd, namespace
 * http://ead3.archivists.org/schema/), with the same content as the EAD 2002 rendering (ead.ts):
 * chosen with `descriptiveMetadata: ead3` in the description file. EAD3 puts the record's own
 * facts in <control> (recordid, maintenance agency and history) instead of <eadheader>, names
 * inside <part> and local attribute values in @localtype.
 */
import { LANGUAGE_NAMES, describedNotes, type EadModel } from './ead.ts';
import { XmlBuilder } from './xml.ts';

export const EAD3_NAMESPACE = 'http://ead3.archivists.org/schema/';

function control(x: XmlBuilder, m: EadModel): void {
  const day = m.created.toISOString().slice(0, 10);
  x.open('control');
  x.text('recordid', m.eadId);
  x.open('filedesc').open('titlestmt').text('titleproper', m.title).close().close();
  x.leaf('maintenancestatus', [['value', 'new']]);
  x.open('maintenanceagency')
    .text('agencyname', m.maintenanceAgency ?? m.creator)
    .close();
  if (m.languageCode) {
    x.open('languagedeclaration')
      .leaf('language', [['langcode', m.languageCode]], LANGUAGE_NAMES[m.languageCode] ?? m.languageCode)
      .leaf('script', [['scriptcode', 'Latn']], 'latinsk skrift')
      .close();
  }
  x.open('maintenancehistory').open('maintenanceevent');
  x.leaf('eventtype', [['value', 'created']]);
  x.leaf('eventdatetime', [['standarddatetime', day]], day);
  x.leaf('agenttype', [['value', 'machine']]);
  x.text('agent', m.creator);
  x.close().close();
  x.close();
}

function did(x: XmlBuilder, m: EadModel): void {
  x.open('did');
  if (m.referenceCode !== undefined) x.text('unitid', m.referenceCode);
  x.text('unittitle', m.title);
  if (m.dates) {
    // unitdate with @normal, as in EAD 2002 (EAD3 keeps it beside unitdatestructured), so readers
    // of either version find the range in the same place.
    x.leaf(
      'unitdate',
      [
        ['unitdatetype', 'inclusive'],
        ['normal', `${m.dates.start}/${m.dates.end}`],
      ],
      `${m.dates.start} – ${m.dates.end}`,
    );
  }
  if (m.languageCode) {
    x.open('langmaterial')
      .leaf('language', [['langcode', m.languageCode]], LANGUAGE_NAMES[m.languageCode] ?? m.languageCode)
      .close();
  }
  if (m.archivalCreator !== undefined) {
    x.open('origination', [['label', 'Arkivbildare']])
      .open('corpname')
      .text('part', m.archivalCreator)
      .close()
      .close();
  }
  x.close();
}

export function renderEad3(m: EadModel): string {
  const x = new XmlBuilder();
  x.open('ead', [
    ['xmlns', EAD3_NAMESPACE],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', m.schemaLocation],
  ]);
  control(x, m);
  x.open('archdesc', [
    ['level', 'otherlevel'],
    ['otherlevel', 'leverans'],
  ]);
  did(x, m);
  describedNotes(x, m, 'localtype');
  x.close();
  x.close();
  return x.toString();
}
