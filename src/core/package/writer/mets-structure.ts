/**
 * Decides the shape of the package METS and of each representation METS: which file groups and
 * structMap divisions exist and what points where. See docs/description-file.md and the comments
 * below for how the CSIP text was read where it leaves room.
 *
 * Package METS (CSIP 5.3.5/5.3.6): fileGrps `Documentation`, `Schemas`, one `Representations/<rep>`
 * per representation holding only that representation's METS.xml (CSIP114), and, in an AIP, one
 * `submission` group listing the kept SIP. structMap: Metadata (ADMID/DMDID), Documentation,
 * Schemas, Representations (fptr to every representation group), one `Representations/<rep>` div
 * per representation with an mptr to its METS (CSIP105–112).
 *
 * Representation METS: the same profile, OBJID = folder name (CSIP1), CONTENTINFORMATIONTYPE
 * always set (CSIP4). It describes only files inside its folder ("Representation level METS files
 * should not reference files outside of their representation"), in groups named by their folder
 * path as CSIP64 asks ("Representations/submission/data"): `Documentation`, `Schemas` and
 * `Representations/<rep>/data`. Its structMap uses the same division labels as the package METS
 * (the CSIP division vocabulary has no `Data` label), so `Representations` points at the data group.
 */
import type { IdGenerator } from './ids.ts';
import type {
  DivEntry,
  FileEntry,
  FileGroupEntry,
  MdRefEntry,
  MetsAgentEntry,
  MetsModel,
  WrittenFile,
} from './mets.ts';
import type { Agents } from './package-spec.ts';
import { encodeHref } from './paths.ts';
import type { PreparedPackage, PreparedRepresentation } from './prepare.ts';
import { schemaLocation } from './schemas.ts';

export interface Software {
  readonly name: string;
  readonly version: string;
}

/** metsHdr agents: the software agent first (CSIP10–CSIP16), then the SIP agents in profile order. */
export function metsAgents(software: Software, agents: Agents | undefined): MetsAgentEntry[] {
  const out: MetsAgentEntry[] = [
    {
      role: 'CREATOR', // CSIP11
      type: 'OTHER', // CSIP12
      otherType: 'SOFTWARE', // CSIP13
      name: software.name, // CSIP14
      notes: [{ text: software.version, noteType: 'SOFTWARE VERSION' }], // CSIP15, CSIP16
    },
  ];
  const idNote = (code: string | undefined): MetsAgentEntry['notes'] =>
    code ? [{ text: code, noteType: 'IDENTIFICATIONCODE' }] : [];
  const a = agents ?? {};
  if (a.archivalCreator) {
    // SIP9–SIP14
    out.push({
      role: 'ARCHIVIST',
      type: a.archivalCreator.type ?? 'ORGANIZATION',
      name: a.archivalCreator.name,
      notes: idNote(a.archivalCreator.identificationCode),
    });
  }
  if (a.submitter) {
    // SIP15–SIP20
    out.push({
      role: 'CREATOR',
      type: a.submitter.type ?? 'ORGANIZATION',
      name: a.submitter.name,
      notes: idNote(a.submitter.identificationCode),
    });
  }
  for (const c of a.contacts ?? []) {
    // SIP21–SIP25: free notes (e-mail, phone), no NOTETYPE.
    out.push({
      role: 'CREATOR',
      type: 'INDIVIDUAL',
      name: c.name,
      notes: (c.notes ?? []).map((text) => ({ text })),
    });
  }
  if (a.preservation) {
    // SIP26–SIP31
    out.push({
      role: 'PRESERVATION',
      type: 'ORGANIZATION',
      name: a.preservation.name,
      notes: idNote(a.preservation.identificationCode),
    });
  }
  return out;
}

/** Path of `target` relative to the folder of the METS file at `metsFolder` (both package-relative). */
function relativeTo(metsFolder: string, target: string): string {
  return metsFolder === '' ? target : target.slice(metsFolder.length + 1);
}

export function fileEntries(
  files: readonly WrittenFile[],
  metsFolder: string,
  ids: IdGenerator,
): FileEntry[] {
  return files.map((file) => fileEntry(file, metsFolder, ids));
}

export function fileEntry(file: WrittenFile, metsFolder: string, ids: IdGenerator): FileEntry {
  return { id: ids.next(), href: encodeHref(relativeTo(metsFolder, file.path)), file };
}

export interface MetsCommon {
  readonly prepared: PreparedPackage;
  readonly software: Software;
  readonly now: Date;
  readonly ids: IdGenerator;
}

type BaseFields = Omit<
  MetsModel,
  | 'objid'
  | 'dmdSecs'
  | 'techMDs'
  | 'digiprovMDs'
  | 'fileGroups'
  | 'divs'
  | 'topDiv'
  | 'contentInformationType'
  | 'otherContentInformationType'
>;

/** Fields shared by the package and the representation METS; `schemasDir` is relative to the METS file. */
function baseModel(c: MetsCommon, schemasDir: string, prepared: PreparedPackage): BaseFields {
  const spec = prepared.spec;
  return {
    ...(spec.label !== undefined ? { label: spec.label } : {}),
    type: spec.contentCategory,
    ...(prepared.otherContentCategory !== undefined ? { otherType: prepared.otherContentCategory } : {}),
    profileUrl: prepared.profileUrl,
    schemaLocation: schemaLocation(
      prepared.rootSchemas.filter((s) =>
        ['mets.xsd', 'xlink.xsd', 'DILCISExtensionMETS.xsd'].includes(s.fileName),
      ),
      schemasDir,
    ),
    createDate: c.now,
    lastModDate: c.now,
    ...(prepared.recordStatus ? { recordStatus: prepared.recordStatus } : {}),
    oaisPackageType: prepared.oaisPackageType,
    agents: metsAgents(c.software, spec.agents),
    ...(spec.altRecordIds ? { altRecordIds: spec.altRecordIds } : {}),
    amdSecId: c.ids.next(),
    fileSecId: c.ids.next(),
    structMapId: c.ids.next(),
  };
}

function group(
  ids: IdGenerator,
  use: string,
  entries: FileEntry[],
  extra: Partial<FileGroupEntry> = {},
): FileGroupEntry {
  return { id: ids.next(), use, files: entries, ...extra };
}

export interface RepresentationWritten {
  readonly rep: PreparedRepresentation;
  readonly data: readonly WrittenFile[];
  /** The data files' `file` elements, rendered while they were copied (startMetsFiles). */
  readonly dataRendered?: readonly Uint8Array[];
  readonly documentation: readonly WrittenFile[];
  readonly schemas: readonly WrittenFile[];
  readonly premis: MdRefEntry;
  /** dmdSecs of the representation's own descriptive metadata (e.g. its ERMS file). */
  readonly dmdSecs?: readonly MdRefEntry[];
}

export function representationMetsModel(c: MetsCommon, w: RepresentationWritten): MetsModel {
  const { ids } = c;
  const folder = w.rep.folder;
  const groups: FileGroupEntry[] = [];
  const dmdSecs = w.dmdSecs ?? [];
  const divs: DivEntry[] = [
    {
      id: ids.next(),
      label: 'Metadata',
      admIds: [w.premis.id],
      ...(dmdSecs.length > 0 ? { dmdIds: dmdSecs.map((d) => d.id) } : {}),
    },
  ]; // CSIP88–CSIP92
  const addGroup = (
    use: string,
    label: string,
    files: readonly WrittenFile[],
    extra: Partial<FileGroupEntry> = {},
  ): void => {
    if (files.length === 0) return; // CSIP66: a fileGrp holds at least one file
    const g = group(ids, use, extra.rendered ? [] : fileEntries(files, folder, ids), extra);
    groups.push(g);
    divs.push({ id: ids.next(), label, fptrs: [g.id] });
  };
  addGroup('Documentation', 'Documentation', w.documentation); // CSIP60, CSIP93–CSIP96
  addGroup('Schemas', 'Schemas', w.schemas); // CSIP113, CSIP97–CSIP100
  addGroup(`Representations/${w.rep.spec.name}/data`, 'Representations', w.data, {
    ...(w.dataRendered ? { rendered: w.dataRendered } : {}),
    contentInformationType: w.rep.contentInformationType, // CSIP62
    ...(w.rep.otherContentInformationType !== undefined
      ? { otherContentInformationType: w.rep.otherContentInformationType } // CSIP63
      : {}),
  }); // CSIP114, CSIP101–CSIP104, CSIP119
  return {
    ...baseModel(c, 'schemas/', c.prepared), // the representation's own schemas/ folder
    ...(w.rep.spec.profileUrl !== undefined ? { profileUrl: w.rep.spec.profileUrl } : {}),
    objid: w.rep.spec.name, // CSIP1: the representation folder name
    contentInformationType: w.rep.contentInformationType, // CSIP4: mandatory at representation level
    ...(w.rep.otherContentInformationType !== undefined
      ? { otherContentInformationType: w.rep.otherContentInformationType }
      : {}),
    dmdSecs,
    techMDs: [],
    digiprovMDs: [w.premis],
    fileGroups: groups,
    topDiv: { id: ids.next(), label: w.rep.spec.name },
    divs,
  };
}

export interface PackageWritten {
  readonly dmdSecs: readonly MdRefEntry[];
  readonly techMDs: readonly MdRefEntry[];
  readonly digiprovMDs: readonly MdRefEntry[];
  readonly documentation: readonly WrittenFile[];
  readonly schemas: readonly WrittenFile[];
  readonly representations: readonly { readonly rep: PreparedRepresentation; readonly mets: WrittenFile }[];
  readonly submission: readonly WrittenFile[];
}

export function packageMetsModel(c: MetsCommon, w: PackageWritten): MetsModel {
  const { ids, prepared } = c;
  const groups: FileGroupEntry[] = [];
  const divs: DivEntry[] = [
    {
      id: ids.next(),
      label: 'Metadata', // CSIP88–CSIP90
      admIds: [...w.techMDs, ...w.digiprovMDs].map((d) => d.id), // CSIP91
      dmdIds: w.dmdSecs.map((d) => d.id), // CSIP92
    },
  ];
  const addGroup = (use: string, files: readonly WrittenFile[]): void => {
    if (files.length === 0) return;
    const g = group(ids, use, fileEntries(files, '', ids));
    groups.push(g);
    divs.push({ id: ids.next(), label: use, fptrs: [g.id] });
  };
  addGroup('Documentation', w.documentation); // CSIP60, CSIP93–CSIP96, CSIP116
  addGroup('Schemas', w.schemas); // CSIP113, CSIP97–CSIP100, CSIP118

  const repGroups = w.representations.map(({ rep, mets }) => {
    const g = group(ids, `Representations/${rep.spec.name}`, fileEntries([mets], '', ids), {
      contentInformationType: rep.contentInformationType, // CSIP62
      ...(rep.otherContentInformationType !== undefined
        ? { otherContentInformationType: rep.otherContentInformationType } // CSIP63
        : {}),
    }); // CSIP114: the group holds the representation's METS.xml
    groups.push(g);
    return { rep, mets, g };
  });
  if (repGroups.length > 0) {
    // CSIP101–CSIP104, CSIP119
    divs.push({ id: ids.next(), label: 'Representations', fptrs: repGroups.map(({ g }) => g.id) });
  }
  for (const { rep, mets, g } of repGroups) {
    // CSIP105–CSIP112; AIP3 (E-ARK AIP text) also wants an fptr to the METS file entry.
    divs.push({
      id: ids.next(),
      label: `Representations/${rep.spec.name}`, // CSIP107
      mptr: { href: encodeHref(mets.path), title: g.id }, // CSIP108–CSIP110
      ...(prepared.oaisPackageType === 'AIP' ? { fptrs: [g.files[0]?.id ?? g.id] } : {}),
    });
  }
  addGroup('submission', w.submission);

  return {
    ...baseModel(c, 'schemas/', prepared),
    objid: prepared.objid,
    ...(prepared.contentInformationType !== undefined
      ? { contentInformationType: prepared.contentInformationType }
      : {}),
    ...(prepared.otherContentInformationType !== undefined
      ? { otherContentInformationType: prepared.otherContentInformationType }
      : {}),
    dmdSecs: w.dmdSecs,
    techMDs: w.techMDs,
    digiprovMDs: w.digiprovMDs,
    fileGroups: groups,
    topDiv: { id: ids.next(), label: prepared.objid },
    divs,
  };
}
