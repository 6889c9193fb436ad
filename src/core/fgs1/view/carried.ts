/**
 * Where the ext: attributes of mets and metsHdr go in 2.x when they have no METS field of their
 * own (standards.md §7.2). OAISTYPE/OAISSTATUS become csip:OAISPACKAGETYPE and
 * CONTENTTYPESPECIFICATION the content information type, so they are not listed here.
 */
import type { MetsElement } from '../../package/mets-model.ts';
import { EXT_ATTRIBUTES } from '../vocabulary.ts';
import type { CarriedValue, Text } from './types.ts';

const TARGET: Readonly<Record<string, Text>> = {
  ARCHIVALNAME: {
    en: 'EAD archdesc/did/unittitle (the archive name) in metadata/descriptive',
    sv: 'EAD archdesc/did/unittitle (arkivets namn) i metadata/descriptive',
  },
  SYSTEMTYPE: {
    en: 'a note on the source-system agent and the descriptive metadata',
    sv: 'en anteckning på källsystemets agent och i den beskrivande metadatan',
  },
  APPRAISAL: {
    en: 'PREMIS rights or EAD appraisal (no METS field)',
    sv: 'PREMIS rights eller EAD appraisal (inget METS-fält)',
  },
  ACCESSRESTRICT: {
    en: 'PREMIS rights or EAD accessrestrict (no METS field)',
    sv: 'PREMIS rights eller EAD accessrestrict (inget METS-fält)',
  },
  STARTDATE: { en: 'EAD unitdate (start of the date range)', sv: 'EAD unitdate (tidsomfångets början)' },
  ENDDATE: { en: 'EAD unitdate (end of the date range)', sv: 'EAD unitdate (tidsomfångets slut)' },
  INFORMATIONCLASS: {
    en: 'descriptive metadata (ERMS informationClass)',
    sv: 'beskrivande metadata (ERMS informationClass)',
  },
  AGREEMENTFORM: {
    en: 'descriptive metadata, as context of altRecordID SUBMISSIONAGREEMENT',
    sv: 'beskrivande metadata, som sammanhang till altRecordID SUBMISSIONAGREEMENT',
  },
  DATASUBMISSIONSESSION: {
    en: 'descriptive metadata; a delivery of several packages becomes parent and child packages',
    sv: 'beskrivande metadata; en leverans i flera paket blir över- och underordnade paket',
  },
  PACKAGENUMBER: {
    en: 'descriptive metadata; a delivery of several packages becomes parent and child packages',
    sv: 'beskrivande metadata; en leverans i flera paket blir över- och underordnade paket',
  },
};

const IN_FIELDS = new Set(['OAISTYPE', 'OAISSTATUS', 'CONTENTTYPESPECIFICATION']);

const NOT_CARRIED: Text = {
  en: 'not converted: unknown to samarkiv; recorded in the ingest report',
  sv: 'konverteras inte: okänt för samarkiv; noteras i mottagningsrapporten',
};

/** The ext: attributes of mets and metsHdr, split into carried (known) and dropped (unknown). */
export function carriedValues(
  mets: MetsElement,
  hdr: MetsElement | undefined,
): { carried: CarriedValue[]; dropped: CarriedValue[] } {
  const carried: CarriedValue[] = [];
  const dropped: CarriedValue[] = [];
  const visit = (el: MetsElement, name: 'mets' | 'metsHdr', path: string): void => {
    for (const [key, value] of Object.entries(el.attrs)) {
      if (!key.startsWith('ext:')) continue;
      const attr = key.slice('ext:'.length);
      if (IN_FIELDS.has(attr)) continue;
      const to = EXT_ATTRIBUTES[name].includes(attr) ? TARGET[attr] : undefined;
      (to ? carried : dropped).push({ from: `${path}/@${key}`, value, to: to ?? NOT_CARRIED });
    }
  };
  visit(mets, 'mets', 'mets');
  if (hdr) visit(hdr, 'metsHdr', 'mets/metsHdr');
  return { carried, dropped };
}
