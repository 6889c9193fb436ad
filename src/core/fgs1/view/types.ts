/**
 * What a conversion of a 1.x package to E-ARK SIP 2.1 (FGS Paketstruktur 2.0) would produce, as
 * data: the report shows it, a converter can follow it. Built by fgs1ToCsipView (csip-view.ts).
 */

export interface Text {
  readonly en: string;
  readonly sv: string;
}

export interface CsipNoteView {
  readonly text: string;
  /** csip:NOTETYPE the conversion adds (CSIP16, SIP14/20/31). */
  readonly noteType?: 'IDENTIFICATIONCODE' | 'SOFTWARE VERSION';
}

export interface CsipAgentView {
  readonly role: string;
  readonly otherRole?: string;
  readonly type: string;
  readonly otherType?: string;
  readonly name: string | null;
  readonly notes: readonly CsipNoteView[];
  /** The 1.x agent it comes from (`ARCHIVIST/ORGANIZATION`), or null when the conversion adds it. */
  readonly from: string | null;
  /** The CSIP/SIP requirements this agent fulfils in 2.x; empty for an agent kept as extra. */
  readonly requirements: readonly string[];
}

export type CsipFileGroup = 'Representations/rep1' | 'Schemas' | 'Documentation' | 'Metadata';

export interface CsipFileView {
  /** The 1.x xlink:href, as written. */
  readonly href: string;
  /** The package path it resolves to in the 1.x package, null when it leads nowhere. */
  readonly source: string | null;
  /** The path in the 2.x package, null when there is no source. */
  readonly target: string | null;
  readonly group: CsipFileGroup;
  readonly mimeType: string | null;
  readonly size: string | null;
  readonly created: string | null;
  readonly checksum: string | null;
  readonly checksumType: string | null;
  /** ext:ORIGINALFILENAME, which becomes PREMIS originalName. */
  readonly originalName: string | null;
}

export interface CsipMetadataView {
  readonly href: string;
  readonly source: string | null;
  readonly target: string | null;
  /** The section that references it in 2.x. */
  readonly section: 'dmdSec' | 'digiprovMD' | 'rightsMD' | 'techMD' | 'sourceMD';
  readonly mdType: string | null;
}

/** A 1.x value without a METS field of its own in 2.x, and where the conversion puts it. */
export interface CarriedValue {
  /** The 1.x attribute, e.g. `mets/@ext:ARCHIVALNAME`. */
  readonly from: string;
  readonly value: string;
  readonly to: Text;
}

export interface Fgs1CsipView {
  readonly profile: string;
  readonly objid: string | null;
  readonly folderName: string | null;
  readonly label: string | null;
  readonly type: string;
  readonly otherType?: string;
  readonly contentInformationType: string;
  readonly otherContentInformationType?: string;
  readonly oaisPackageType: 'SIP';
  readonly recordStatus: string | null;
  readonly altRecordIds: readonly { readonly type: string; readonly value: string }[];
  readonly agents: readonly CsipAgentView[];
  readonly files: readonly CsipFileView[];
  readonly metadata: readonly CsipMetadataView[];
  /** ext: attributes that go to descriptive or preservation metadata. */
  readonly carried: readonly CarriedValue[];
  /** ext: attributes the conversion cannot place (unknown to samarkiv); recorded, not converted. */
  readonly dropped: readonly CarriedValue[];
}
