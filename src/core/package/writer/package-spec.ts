/**
 * What a caller asks the package writer to write: one CSIP/SIP/AIP/DIP package, described as data.
 * The writer (assemble-package.ts) turns a PackageSpec into files, METS and PREMIS; the I/O targets
 * live in src/adapters/package-writer/. Nothing here touches the file system.
 */
import type { ProfileId } from '../../validation/profiles.ts';

export type { ProfileId } from '../../validation/profiles.ts';

/** The bytes of one file: a file on disk (streamed), an in-memory buffer, or a stream of known size. */
export type ContentSource =
  | {
      readonly kind: 'file';
      readonly path: string;
      /** Size from the caller's listing; lets a ZIP target reserve the entry's place before reading. */
      readonly size?: number;
    }
  | { readonly kind: 'buffer'; readonly data: Uint8Array }
  | {
      readonly kind: 'stream';
      /** Declared size in bytes; a TAR header needs it before the data. A mismatch fails the write. */
      readonly size: number;
      readonly open: () => AsyncIterable<Uint8Array>;
    };

export interface ContentFile {
  /** POSIX path relative to the folder it belongs in (e.g. `docs/a b.pdf` under `data/`). */
  readonly path: string;
  readonly source: ContentSource;
  /** IANA media type; derived from the extension when missing. */
  readonly mimeType?: string;
  /** Creation time for METS @CREATED; for disk files the adapter uses the modification time. */
  readonly created?: Date;
  /** PRONOM PUID when known (written to PREMIS formatRegistry). */
  readonly puid?: string;
  /** Name the producer gave the file, when it differs from `path` (PREMIS originalName). */
  readonly originalName?: string;
  /** `mets:file/@csip:OTHERCONTENTINFORMATIONTYPE`, e.g. SIARD_2.2 on a CITS SIARD database file (SIARD_13). */
  readonly otherContentInformationType?: string;
}

/** A metadata file referenced from dmdSec (descriptive), amdSec/techMD (other) or amdSec/digiprovMD (preservation). */
export interface MetadataFile extends ContentFile {
  /** METS MDTYPE (EAD, DC, PREMIS, OTHER …). */
  readonly mdType: string;
  readonly mdTypeVersion?: string;
  /** Required when mdType is OTHER. */
  readonly otherMdType?: string;
}

export type OaisPackageType = 'SIP' | 'AIP' | 'DIP' | 'AIU' | 'AIC';
export type RecordStatus = 'NEW' | 'SUPPLEMENT' | 'REPLACEMENT' | 'TEST' | 'VERSION' | 'DELETE' | 'OTHER';
export type AgentType = 'ORGANIZATION' | 'INDIVIDUAL';

export interface OrganisationAgent {
  readonly name: string;
  /** Written as `csip:NOTETYPE="IDENTIFICATIONCODE"` note, e.g. `ORG:2120001165`. */
  readonly identificationCode?: string;
}

export interface Agents {
  /** Arkivbildare: ROLE=ARCHIVIST (SIP9–SIP14). */
  readonly archivalCreator?: OrganisationAgent & { readonly type?: AgentType };
  /** Levererande organisation: ROLE=CREATOR, TYPE ORGANIZATION or INDIVIDUAL (SIP15–SIP20). */
  readonly submitter?: OrganisationAgent & { readonly type?: AgentType };
  /** Kontaktperson: ROLE=CREATOR, TYPE=INDIVIDUAL, free notes such as e-mail and phone (SIP21–SIP25). */
  readonly contacts?: readonly { readonly name: string; readonly notes?: readonly string[] }[];
  /** Bevarandeorganisation: ROLE=PRESERVATION, TYPE=ORGANIZATION (SIP26–SIP31). */
  readonly preservation?: OrganisationAgent;
}

export interface AltRecordIds {
  readonly submissionAgreement?: string;
  readonly previousSubmissionAgreements?: readonly string[];
  readonly referenceCode?: string;
  readonly previousReferenceCodes?: readonly string[];
}

export interface RepresentationSpec {
  /** Folder name under representations/ and OBJID of the representation METS (CSIPSTR10, CSIP1). */
  readonly name: string;
  /** csip:CONTENTINFORMATIONTYPE; mandatory in a representation METS (CSIP4). Defaults to the package's. */
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  /** PROFILE of the representation METS when a CITS profile asks for its own (e.g. CITS SIARD); default the package's. */
  readonly profileUrl?: string;
  /** Content files, paths relative to `representations/<name>/data/`. */
  readonly data: readonly ContentFile[];
  /** Representation documentation, paths relative to `representations/<name>/documentation/`. */
  readonly documentation?: readonly ContentFile[];
  /**
   * Descriptive metadata of this representation, paths relative to its `metadata/descriptive/`,
   * each one dmdSec of the representation METS (e.g. the ERMS file of a CITS ERMS representation).
   */
  readonly descriptive?: readonly MetadataFile[];
  /** Extra schema files for the representation's `schemas/` (e.g. the ERMS XSD). */
  readonly schemas?: readonly ContentFile[];
}

/** Secrecy (sekretess) written as a PREMIS rights statement: statute basis, legal reference. */
export interface SecrecySpec {
  /** E.g. "OSL 26 kap. 1 §". */
  readonly legalReference: string;
  readonly note?: string;
}

export interface PackageSpec {
  readonly profile: ProfileId;
  /** Default `urn:uuid:<random uuid>`. The root folder gets this name (see folderNameForObjid). */
  readonly objid?: string;
  /** mets/@PROFILE when a CITS profile replaces the E-ARK one (e.g. CITS SIARD's E-ARK-SIARD-ROOT.xml). */
  readonly profileUrl?: string;
  /** mets/@LABEL (SIP1). */
  readonly label?: string;
  /** mets/@TYPE, a term of CSIPVocabularyContentCategory.xml (CSIP2). */
  readonly contentCategory: string;
  /** csip:OTHERTYPE when contentCategory is OTHER (CSIP3). */
  readonly otherContentCategory?: string;
  /** csip:CONTENTINFORMATIONTYPE (CSIP4), e.g. `citserms_v2_1`, `OTHER`. */
  readonly contentInformationType?: string;
  /** csip:OTHERCONTENTINFORMATIONTYPE when the type is OTHER (CSIP5). */
  readonly otherContentInformationType?: string;
  /** For csip-* profiles; fixed to SIP/AIP/DIP by the sip-/aip-/dip- profiles. Default SIP. */
  readonly oaisPackageType?: OaisPackageType;
  /** metsHdr/@RECORDSTATUS (SIP3). Default NEW for SIPs, none otherwise. */
  readonly recordStatus?: RecordStatus;
  readonly agents?: Agents;
  readonly altRecordIds?: AltRecordIds;
  /** Files for metadata/descriptive/ (paths relative to it), each one dmdSec. */
  readonly descriptive?: readonly MetadataFile[];
  /** Extra files for metadata/preservation/; the writer adds its own premis.xml. */
  readonly preservation?: readonly MetadataFile[];
  /** Files for metadata/other/ (CSIPSTR8), each referenced from an amdSec/techMD. */
  readonly otherMetadata?: readonly MetadataFile[];
  /** Files for documentation/. */
  readonly documentation?: readonly ContentFile[];
  /** Extra schema files for schemas/ (the writer adds the XSDs of every format it writes). */
  readonly schemas?: readonly ContentFile[];
  readonly representations: readonly RepresentationSpec[];
  /** AIP only: the submitted SIP kept verbatim under `submission/`, paths relative to it. */
  readonly submission?: readonly ContentFile[];
  /** Written as a PREMIS rights statement in the package premis.xml. */
  readonly secrecy?: SecrecySpec;
  /** Organisation recorded in PREMIS as the agent that produced the content (default: the submitter). */
  readonly producer?: OrganisationAgent;
}
