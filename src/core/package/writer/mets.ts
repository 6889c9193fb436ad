/**
 * Renders one METS document (package or representation level) from a fully resolved model.
 * The model says what goes where (mets-structure.ts decides that); this file only knows the
 * element order of METS 1.12 and the attributes the CSIP profile asks for, cited by requirement ID.
 */
import { XmlBuilder } from './xml.ts';
import type { AltRecordIds, AgentType, OaisPackageType, RecordStatus } from './package-spec.ts';

/** A file the writer has written: the facts METS records about it. */
export interface WrittenFile {
  /** Path relative to the package root. */
  readonly path: string;
  readonly size: number;
  /** Lower-case hex SHA-256. */
  readonly sha256: string;
  readonly created: Date;
  readonly mimeType: string;
  readonly otherContentInformationType?: string;
}

export interface MdRefEntry {
  readonly id: string;
  readonly created: Date;
  /** href relative to the METS file, already percent-encoded. */
  readonly href: string;
  readonly file: WrittenFile;
  readonly mdType: string;
  readonly mdTypeVersion?: string;
  readonly otherMdType?: string;
}

export interface FileEntry {
  readonly id: string;
  readonly href: string;
  readonly file: WrittenFile;
}

export interface FileGroupEntry {
  readonly id: string;
  readonly use: string;
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  readonly files: readonly FileEntry[];
  /** The group's `file` elements rendered already (renderMetsBytes only); `files` is then empty. */
  readonly rendered?: readonly Uint8Array[];
}

export interface DivEntry {
  readonly id: string;
  readonly label: string;
  readonly admIds?: readonly string[];
  readonly dmdIds?: readonly string[];
  readonly mptr?: { readonly href: string; readonly title: string };
  readonly fptrs?: readonly string[];
}

export interface MetsAgentEntry {
  readonly role: 'CREATOR' | 'ARCHIVIST' | 'PRESERVATION';
  readonly type: AgentType | 'OTHER';
  readonly otherType?: string;
  readonly name: string;
  readonly notes: readonly {
    readonly text: string;
    readonly noteType?: 'SOFTWARE VERSION' | 'IDENTIFICATIONCODE';
  }[];
}

export interface MetsModel {
  readonly objid: string;
  readonly label?: string;
  readonly type: string;
  readonly otherType?: string;
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  readonly profileUrl: string;
  readonly schemaLocation: string;
  readonly createDate: Date;
  readonly lastModDate: Date;
  readonly recordStatus?: RecordStatus;
  readonly oaisPackageType: OaisPackageType;
  readonly agents: readonly MetsAgentEntry[];
  readonly altRecordIds?: AltRecordIds;
  readonly dmdSecs: readonly MdRefEntry[];
  readonly amdSecId: string;
  /** Other metadata (metadata/other/, CSIPSTR8); CSIP does not profile techMD, so it follows the mdRef rules of CSIP32–44. */
  readonly techMDs: readonly MdRefEntry[];
  readonly digiprovMDs: readonly MdRefEntry[];
  readonly fileSecId: string;
  readonly fileGroups: readonly FileGroupEntry[];
  readonly structMapId: string;
  readonly topDiv: { readonly id: string; readonly label: string };
  readonly divs: readonly DivEntry[];
}

const NS_ATTRS = [
  ['xmlns', 'http://www.loc.gov/METS/'],
  ['xmlns:csip', 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS'],
  ['xmlns:xlink', 'http://www.w3.org/1999/xlink'],
  ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
] as const;

const iso = (d: Date): string => d.toISOString();

function mdRef(x: XmlBuilder, e: MdRefEntry): void {
  x.leaf('mdRef', [
    ['LOCTYPE', 'URL'], // CSIP22, CSIP36
    ['xlink:type', 'simple'], // CSIP23, CSIP37
    ['xlink:href', e.href], // CSIP24, CSIP38
    ['MDTYPE', e.mdType], // CSIP25, CSIP39
    ['OTHERMDTYPE', e.otherMdType],
    ['MDTYPEVERSION', e.mdTypeVersion], // AIPM7 for PREMIS 3.0
    ['MIMETYPE', e.file.mimeType], // CSIP26, CSIP40
    ['SIZE', e.file.size], // CSIP27, CSIP41
    ['CREATED', iso(e.file.created)], // CSIP28, CSIP42
    ['CHECKSUM', e.file.sha256], // CSIP29, CSIP43
    ['CHECKSUMTYPE', 'SHA-256'], // CSIP30, CSIP44
  ]);
}

function header(x: XmlBuilder, m: MetsModel): void {
  x.open('metsHdr', [
    ['CREATEDATE', iso(m.createDate)], // CSIP7
    ['LASTMODDATE', iso(m.lastModDate)], // CSIP8
    ['RECORDSTATUS', m.recordStatus], // SIP3
    ['csip:OAISPACKAGETYPE', m.oaisPackageType], // CSIP9, SIP4, AIPM3
  ]);
  for (const a of m.agents) {
    x.open('agent', [
      ['ROLE', a.role],
      ['TYPE', a.type],
      ['OTHERTYPE', a.otherType],
    ]);
    x.text('name', a.name);
    for (const n of a.notes) x.leaf('note', [['csip:NOTETYPE', n.noteType]], n.text);
    x.close();
  }
  const alt = m.altRecordIds;
  if (alt) {
    // SIP5–SIP8, in the order of the SIP profile.
    const ids: [string, string | undefined][] = [
      ['SUBMISSIONAGREEMENT', alt.submissionAgreement],
      ...(alt.previousSubmissionAgreements ?? []).map((v): [string, string] => [
        'PREVIOUSSUBMISSIONAGREEMENT',
        v,
      ]),
      ['REFERENCECODE', alt.referenceCode],
      ...(alt.previousReferenceCodes ?? []).map((v): [string, string] => ['PREVIOUSREFERENCECODE', v]),
    ];
    for (const [type, value] of ids) if (value !== undefined) x.leaf('altRecordID', [['TYPE', type]], value);
  }
  x.close();
}

function fileElement(x: XmlBuilder, f: FileEntry): void {
  // CSIP66–CSIP72
  x.open('file', [
    ['ID', f.id],
    ['MIMETYPE', f.file.mimeType],
    ['SIZE', f.file.size],
    ['CREATED', iso(f.file.created)],
    ['CHECKSUM', f.file.sha256],
    ['CHECKSUMTYPE', 'SHA-256'],
    ['csip:OTHERCONTENTINFORMATIONTYPE', f.file.otherContentInformationType], // CITS SIARD SIARD_13
  ]);
  // CSIP76–CSIP79: exactly one FLocat with a relative, percent-encoded URL.
  x.leaf('FLocat', [
    ['LOCTYPE', 'URL'],
    ['xlink:type', 'simple'],
    ['xlink:href', f.href],
  ]);
  x.close();
}

/** A file group's `file` elements rendered one by one, in order, for FileGroupEntry.rendered. */
export interface MetsFilesInProgress {
  file(f: FileEntry): void;
  finish(): Uint8Array[];
}

/**
 * Lets a writer render each data file's `file` element as soon as its digest is known, while the
 * others are still being copied (docs/adr/0014); the elements lie in mets/fileSec/fileGrp.
 */
export function startMetsFiles(): MetsFilesInProgress {
  const x = new XmlBuilder({ bytes: true, fragmentDepth: 3 });
  return {
    file: (f) => fileElement(x, f),
    finish: () => x.toBytes(),
  };
}

export function renderMets(m: MetsModel): string {
  return buildMets(m, new XmlBuilder()).toString();
}

/** The same document as UTF-8 parts: a representation METS of 100,000 files is never one string. */
export function renderMetsBytes(m: MetsModel): Uint8Array[] {
  return buildMets(m, new XmlBuilder({ bytes: true })).toBytes();
}

function buildMets(m: MetsModel, x: XmlBuilder): XmlBuilder {
  x.open('mets', [
    ...NS_ATTRS,
    ['xsi:schemaLocation', m.schemaLocation],
    ['OBJID', m.objid], // CSIP1
    ['LABEL', m.label], // SIP1
    ['TYPE', m.type], // CSIP2
    ['csip:OTHERTYPE', m.otherType], // CSIP3
    ['csip:CONTENTINFORMATIONTYPE', m.contentInformationType], // CSIP4
    ['csip:OTHERCONTENTINFORMATIONTYPE', m.otherContentInformationType], // CSIP5
    ['PROFILE', m.profileUrl], // CSIP6, SIP2, AIPM2, DIP2
  ]);
  header(x, m); // CSIP117

  for (const d of m.dmdSecs) {
    // CSIP17–CSIP21; STATUS CURRENT: CSIP20, AIPM4, DIP4.
    x.open('dmdSec', [
      ['ID', d.id],
      ['CREATED', iso(d.created)],
      ['STATUS', 'CURRENT'],
    ]);
    mdRef(x, d);
    x.close();
  }

  if (m.techMDs.length + m.digiprovMDs.length > 0) {
    x.open('amdSec', [['ID', m.amdSecId]]); // CSIP31: a single amdSec
    // METS amdSecType order: techMD, rightsMD, sourceMD, digiprovMD.
    const sections: [string, readonly MdRefEntry[]][] = [
      ['techMD', m.techMDs],
      ['digiprovMD', m.digiprovMDs], // CSIP32–CSIP35, AIPM5
    ];
    for (const [element, entries] of sections) {
      for (const d of entries) {
        x.open(element, [
          ['ID', d.id],
          ['CREATED', iso(d.created)],
          ['STATUS', 'CURRENT'], // CSIP34
        ]);
        mdRef(x, d);
        x.close();
      }
    }
    x.close();
  }

  if (m.fileGroups.length > 0) {
    x.open('fileSec', [['ID', m.fileSecId]]); // CSIP58, CSIP59
    for (const g of m.fileGroups) {
      x.open('fileGrp', [
        ['ID', g.id], // CSIP65
        ['USE', g.use], // CSIP60, CSIP64, CSIP113, CSIP114
        ['csip:CONTENTINFORMATIONTYPE', g.contentInformationType], // CSIP62
        ['csip:OTHERCONTENTINFORMATIONTYPE', g.otherContentInformationType], // CSIP63
      ]);
      if (g.rendered) x.raw(g.rendered);
      for (const f of g.files) fileElement(x, f);
      x.close();
    }
    x.close();
  }

  // CSIP80–CSIP85: the one CSIP structMap with a single top division.
  x.open('structMap', [
    ['ID', m.structMapId],
    ['TYPE', 'PHYSICAL'],
    ['LABEL', 'CSIP'],
  ]);
  x.open('div', [
    ['ID', m.topDiv.id],
    ['LABEL', m.topDiv.label],
  ]);
  for (const d of m.divs) {
    const attrs = [
      ['ID', d.id],
      ['LABEL', d.label],
      ['ADMID', d.admIds && d.admIds.length > 0 ? d.admIds.join(' ') : undefined], // CSIP91
      ['DMDID', d.dmdIds && d.dmdIds.length > 0 ? d.dmdIds.join(' ') : undefined], // CSIP92
    ] as const;
    if (!d.mptr && (!d.fptrs || d.fptrs.length === 0)) {
      x.leaf('div', attrs);
      continue;
    }
    x.open('div', attrs);
    if (d.mptr) {
      // CSIP108–CSIP112 (mptr comes before fptr in METS divType)
      x.leaf('mptr', [
        ['LOCTYPE', 'URL'],
        ['xlink:type', 'simple'],
        ['xlink:href', d.mptr.href],
        ['xlink:title', d.mptr.title],
      ]);
    }
    for (const fileId of d.fptrs ?? []) x.leaf('fptr', [['FILEID', fileId]]); // CSIP116, CSIP118, CSIP119
    x.close();
  }
  x.close();
  x.close();
  return x.close();
}
