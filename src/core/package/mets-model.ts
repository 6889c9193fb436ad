/**
 * The parts of a METS document that the E-ARK rules look at, as a compact typed tree.
 * Built by mets-parser.ts in one streaming pass; the content of mdWrap/xmlData is skipped so a
 * 100,000-file METS stays small in memory.
 *
 * Attribute keys: attributes without a namespace keep their local name (`ID`, `MIMETYPE`);
 * attributes in a known namespace get a fixed prefix whatever prefix the document used:
 * `xlink:href`, `csip:OAISPACKAGETYPE`, `sip:FILEFORMATNAME`, `xsi:schemaLocation`, `xml:lang`, and
 * FGS 1.x's `ext:OAISTYPE` (namespace `ExtensionMETS`, standards.md §7.2).
 * Others become `{namespace-uri}local`.
 */

export const NS = {
  mets: 'http://www.loc.gov/METS/',
  xlink: 'http://www.w3.org/1999/xlink',
  csip: 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
  sip: 'https://DILCIS.eu/XML/METS/SIPExtensionMETS',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
  /** Riksarkivet's FGS Paketstruktur 1.x extension namespace: literally this string. */
  ext: 'ExtensionMETS',
} as const;

export type Attrs = Readonly<Record<string, string>>;

export interface MetsElement {
  readonly attrs: Attrs;
  /** 1-based line of the start tag. */
  readonly line: number;
}

export interface MetsNote extends MetsElement {
  readonly text: string;
}

export interface MetsAgent extends MetsElement {
  readonly names: readonly MetsNote[];
  readonly notes: readonly MetsNote[];
}

export interface MetsHdr extends MetsElement {
  readonly agents: readonly MetsAgent[];
  readonly altRecordIds: readonly MetsNote[];
}

/** dmdSec, or one of amdSec's techMD/rightsMD/sourceMD/digiprovMD. */
export interface MdSec extends MetsElement {
  readonly kind: 'dmdSec' | 'techMD' | 'rightsMD' | 'sourceMD' | 'digiprovMD';
  readonly mdRefs: readonly MetsElement[];
  readonly mdWraps: readonly MetsElement[];
}

export interface AmdSec extends MetsElement {
  readonly techMD: readonly MdSec[];
  readonly rightsMD: readonly MdSec[];
  readonly sourceMD: readonly MdSec[];
  readonly digiprovMD: readonly MdSec[];
}

export interface MetsFile extends MetsElement {
  readonly flocats: readonly MetsElement[];
  /** METS allows file inside file; kept so nothing is silently dropped. */
  readonly files: readonly MetsFile[];
}

export interface FileGrp extends MetsElement {
  readonly files: readonly MetsFile[];
  readonly fileGrps: readonly FileGrp[];
}

export interface FileSec extends MetsElement {
  readonly fileGrps: readonly FileGrp[];
}

export interface Div extends MetsElement {
  readonly fptrs: readonly MetsElement[];
  readonly mptrs: readonly MetsElement[];
  readonly divs: readonly Div[];
}

export interface StructMap extends MetsElement {
  readonly divs: readonly Div[];
}

export interface IdOccurrence {
  readonly element: string;
  readonly line: number;
}

export interface IdRef {
  readonly element: string;
  readonly attr: string;
  readonly value: string;
  readonly line: number;
}

export interface MetsDocument {
  /** Path of this METS file relative to the package root, e.g. `METS.xml`, `representations/rep1/METS.xml`. */
  readonly path: string;
  /** Namespace URI and local name of the document element (`mets` in NS.mets for a METS file). */
  readonly rootNamespace: string;
  readonly rootLocalName: string;
  /** The `mets` element, or null when the document element is not METS. */
  readonly mets: MetsElement | null;
  readonly metsHdrs: readonly MetsHdr[];
  readonly dmdSecs: readonly MdSec[];
  readonly amdSecs: readonly AmdSec[];
  readonly fileSecs: readonly FileSec[];
  readonly structMaps: readonly StructMap[];
  readonly structLinks: readonly MetsElement[];
  readonly behaviorSecs: readonly MetsElement[];
  /** Every `ID` attribute value with where it occurs. */
  readonly ids: ReadonlyMap<string, readonly IdOccurrence[]>;
  /** Every IDREF(S) value (ADMID, DMDID, FILEID …), one entry per referenced ID. */
  readonly idRefs: readonly IdRef[];
}

/** All files of a fileSec, depth first, with the fileGrp chain they sit in. */
export function* walkFiles(
  doc: MetsDocument,
): Generator<{ file: MetsFile; grp: FileGrp; grpPath: readonly FileGrp[] }> {
  type Item = { file: MetsFile; grp: FileGrp; grpPath: readonly FileGrp[] };
  function* fileTree(file: MetsFile, grp: FileGrp, path: readonly FileGrp[]): Generator<Item> {
    yield { file, grp, grpPath: path };
    for (const sub of file.files) yield* fileTree(sub, grp, path);
  }
  function* grpFiles(grp: FileGrp, chain: readonly FileGrp[]): Generator<Item> {
    const path = [...chain, grp];
    for (const file of grp.files) {
      if (file.files.length === 0) yield { file, grp, grpPath: path };
      else yield* fileTree(file, grp, path);
    }
    for (const sub of grp.fileGrps) yield* grpFiles(sub, path);
  }
  for (const sec of doc.fileSecs) for (const grp of sec.fileGrps) yield* grpFiles(grp, []);
}

/** All fileGrps of a document, depth first. */
export function* walkFileGrps(doc: MetsDocument): Generator<FileGrp> {
  function* rec(grp: FileGrp): Generator<FileGrp> {
    yield grp;
    for (const sub of grp.fileGrps) yield* rec(sub);
  }
  for (const sec of doc.fileSecs) for (const grp of sec.fileGrps) yield* rec(grp);
}

/** All divs of a structMap, depth first. */
export function* walkDivs(map: StructMap): Generator<Div> {
  function* rec(div: Div): Generator<Div> {
    yield div;
    for (const sub of div.divs) yield* rec(sub);
  }
  for (const div of map.divs) yield* rec(div);
}

/** Every mdSec of the document: dmdSecs and every amdSec child. */
export function allMdSecs(doc: MetsDocument): MdSec[] {
  const out: MdSec[] = [...doc.dmdSecs];
  for (const amd of doc.amdSecs) out.push(...amd.techMD, ...amd.rightsMD, ...amd.sourceMD, ...amd.digiprovMD);
  return out;
}
