/**
 * fgs1ToCsipView: what converting a 1.x package (its parsed sip.xml) to E-ARK SIP 2.1 = FGS
 * Paketstruktur 2.0 would produce, field by field (standards.md §7.2). Pure: it reads the METS
 * model only, so the report can show it for any package that parsed, valid or not.
 */
import type { MetsDocument } from '../../package/mets-model.ts';
import { CANONICAL_PROFILE_URL } from '../../validation/profiles.ts';
import { earkObjid } from '../identifiers.ts';
import { agentViews } from './agents.ts';
import { carriedValues } from './carried.ts';
import { contentTypeView } from './content-type.ts';
import { fileViews, metadataViews } from './files.ts';
import type { Fgs1CsipView } from './types.ts';

export interface Fgs1ViewOptions {
  /** The software a conversion names as creator when the 1.x package names none. */
  readonly software?: { readonly name: string; readonly version?: string };
}

const blankToNull = (v: string | undefined): string | null =>
  v === undefined || v.trim() === '' ? null : v.trim();

export function fgs1ToCsipView(doc: MetsDocument, options: Fgs1ViewOptions = {}): Fgs1CsipView {
  const mets = doc.mets ?? { attrs: {}, line: 0 };
  const hdr = doc.metsHdrs[0];
  const objid = blankToNull(mets.attrs['OBJID']);
  const converted = objid === null ? null : earkObjid(objid);
  const { carried, dropped } = carriedValues(mets, hdr);
  return {
    profile: CANONICAL_PROFILE_URL['sip-2.1'],
    objid: converted,
    folderName: converted,
    label: blankToNull(mets.attrs['LABEL']),
    ...contentTypeView(mets.attrs['TYPE'], mets.attrs['ext:CONTENTTYPESPECIFICATION']),
    oaisPackageType: 'SIP',
    recordStatus: blankToNull(hdr?.attrs['RECORDSTATUS']),
    altRecordIds: (hdr?.altRecordIds ?? [])
      .filter((a) => a.attrs['TYPE'] && a.text.trim() !== '')
      .map((a) => ({ type: a.attrs['TYPE'] as string, value: a.text.trim() })),
    agents: agentViews(hdr?.agents ?? [], options.software ?? { name: 'samarkiv' }),
    files: fileViews(doc),
    metadata: metadataViews(doc),
    carried,
    dropped,
  };
}
