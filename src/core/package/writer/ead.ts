/**
 * Renders the package's descriptive metadata as an EAD 2002 finding aid (ead2002.xsd), the format
 * the CSIP examples use for dmdSec (metadata/descriptive/ead.xml, MDTYPE EAD, MDTYPEVERSION 2002).
 * One archdesc describes the delivery: title, reference code, date range, archival creator
 * (arkivbildare), access restrictions (sekretess) and appraisal (gallring).
 */
import { XmlBuilder } from './xml.ts';

export interface EadModel {
  readonly schemaLocation: string;
  /** eadid: the package OBJID. */
  readonly eadId: string;
  readonly title: string;
  /** unitid: the archival reference code (referenskod), when known. */
  readonly referenceCode?: string;
  /** ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly dates?: { readonly start: string; readonly end: string };
  readonly archivalCreator?: string;
  /** ISO 639-2/B code of the material's language, e.g. `swe`. */
  readonly languageCode?: string;
  readonly scopeContent: readonly string[];
  readonly accessRestriction?: { readonly legalReference: string; readonly note?: string };
  readonly appraisal?: { readonly decisionReference: string; readonly note?: string };
  /** "samarkiv 0.1.0", written in profiledesc/creation (EAD3: the maintenance event's agent). */
  readonly creator: string;
  /** EAD3 maintenanceagency/agencyname: who maintains the description (the submitter); default `creator`. */
  readonly maintenanceAgency?: string;
  readonly created: Date;
}

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  swe: 'svenska',
  eng: 'engelska',
  fin: 'finska',
  sme: 'nordsamiska',
};

export function renderEad(m: EadModel): string {
  const x = new XmlBuilder();
  x.open('ead', [
    ['xmlns', 'urn:isbn:1-931666-22-9'],
    ['xmlns:xlink', 'http://www.w3.org/1999/xlink'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', m.schemaLocation],
  ]);
  x.open('eadheader', [['langencoding', 'iso639-2b']]);
  x.text('eadid', m.eadId);
  x.open('filedesc').open('titlestmt').text('titleproper', m.title).close().close();
  x.open('profiledesc');
  x.open('creation');
  // Mixed content: the creator text, then a normalised date.
  x.leaf(
    'date',
    [['normal', m.created.toISOString().slice(0, 10)]],
    `${m.creator}, ${m.created.toISOString().slice(0, 10)}`,
  );
  x.close();
  if (m.languageCode) {
    x.open('langusage')
      .leaf('language', [['langcode', m.languageCode]], LANGUAGE_NAMES[m.languageCode] ?? m.languageCode)
      .close();
  }
  x.close();
  x.close();

  x.open('archdesc', [
    ['level', 'otherlevel'],
    ['otherlevel', 'leverans'],
  ]);
  x.open('did');
  if (m.referenceCode !== undefined) x.text('unitid', m.referenceCode);
  x.text('unittitle', m.title);
  if (m.dates) {
    x.leaf(
      'unitdate',
      [
        ['type', 'inclusive'],
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
      .text('corpname', m.archivalCreator)
      .close();
  }
  x.close();
  describedNotes(x, m, 'type');
  x.close();
  x.close();
  return x.toString();
}

/**
 * Secrecy, appraisal and scope notes of the archdesc, shared by EAD 2002 and EAD3; they differ only
 * in the attribute that names the kind of restriction (@type in 2002, @localtype in EAD3).
 */
export function describedNotes(x: XmlBuilder, m: EadModel, restrictionKind: 'type' | 'localtype'): void {
  if (m.accessRestriction) {
    x.open('accessrestrict', [[restrictionKind, 'sekretess']]);
    x.text('head', 'Sekretess');
    x.text(
      'p',
      `Innehåller uppgifter som kan omfattas av sekretess enligt ${m.accessRestriction.legalReference}.`,
    );
    if (m.accessRestriction.note !== undefined) x.text('p', m.accessRestriction.note);
    x.close();
  }
  if (m.appraisal) {
    x.open('appraisal');
    x.text('head', 'Gallring');
    x.text('p', `Gallring har utförts enligt ${m.appraisal.decisionReference}.`);
    if (m.appraisal.note !== undefined) x.text('p', m.appraisal.note);
    x.close();
  }
  x.open('scopecontent');
  x.text('head', 'Innehåll');
  for (const p of m.scopeContent) x.text('p', p);
  x.close();
}
