/**
 * Streaming METS parser: bytes in, MetsDocument out, in one pass and without a DOM.
 * XML safety: any DOCTYPE is refused (no DTD is ever loaded, so no XXE and no entity expansion,
 * "billion laughs" included), undefined entities are errors, and nesting depth is bounded.
 */
import type { SaxesTagNS } from 'saxes';
import { ArchiveError } from '../errors.ts';
import {
  NS,
  type AmdSec,
  type Attrs,
  type Div,
  type FileGrp,
  type FileSec,
  type IdOccurrence,
  type IdRef,
  type MdSec,
  type MetsAgent,
  type MetsDocument,
  type MetsFile,
  type MetsHdr,
  type MetsNote,
  type StructMap,
} from './mets-model.ts';
import { SafeXmlReader } from './safe-xml-reader.ts';

const MAX_DEPTH = 256;

/** Attributes whose values are (whitespace-separated) IDREFs in METS 1.12. */
const IDREF_ATTRS = new Set(['ADMID', 'DMDID', 'FILEID', 'STRUCTID', 'BEGIN', 'END', 'CONTENTIDS']);
/** Of those, the ones that really are IDREFs on the element that carries them (BEGIN/END are only on area). */
function isIdRef(element: string, attr: string): boolean {
  if (attr === 'BEGIN' || attr === 'END') return false;
  if (attr === 'CONTENTIDS') return false; // a list of URIs, not IDREFs
  return IDREF_ATTRS.has(attr);
}

const PREFIX_BY_NS: Record<string, string> = {
  [NS.xlink]: 'xlink',
  [NS.csip]: 'csip',
  [NS.sip]: 'sip',
  [NS.xsi]: 'xsi',
  [NS.xml]: 'xml',
  [NS.ext]: 'ext',
};

/**
 * The element's attributes by name, the known namespaces written with their usual prefix. Loops
 * with for…in, not Object.values/entries: those allocate an array per element, and a METS of
 * 100,000 files has half a million elements (the garbage showed in profiles).
 */
function attrsOf(tag: SaxesTagNS): Record<string, string> {
  const out: Record<string, string> = {};
  const attributes = tag.attributes;
  for (const key in attributes) {
    const a = attributes[key] as SaxesTagNS['attributes'][string];
    if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
    if (!a.uri) out[a.local] = a.value;
    else out[qualifiedName(a.uri, a.prefix, a.name, a.local)] = a.value;
  }
  return out;
}

/** `xlink:href` for any prefix bound to the xlink namespace; `{uri}local` for unknown namespaces. */
function qualifiedName(uri: string, prefix: string, name: string, local: string): string {
  const known = PREFIX_BY_NS[uri];
  if (known === undefined) return `{${uri}}${local}`;
  return prefix === known ? name : `${known}:${local}`;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

interface Frame {
  local: string;
  /** The model object this element created, if any. */
  node: unknown;
  /** Collects text for elements whose text we keep (name, note, altRecordID). */
  text: string[] | null;
  /** True inside mdWrap/xmlData/binData or foreign elements: content is skipped. */
  skip: boolean;
}

export class MetsParser {
  private readonly reader: SafeXmlReader;
  private readonly stack: Frame[] = [];
  private rootSeen = false;
  private readonly doc: Mutable<MetsDocument>;
  private readonly ids = new Map<string, IdOccurrence[]>();
  private readonly idRefs: IdRef[] = [];

  constructor(readonly path: string) {
    this.doc = {
      path,
      rootNamespace: '',
      rootLocalName: '',
      mets: null,
      metsHdrs: [],
      dmdSecs: [],
      amdSecs: [],
      fileSecs: [],
      structMaps: [],
      structLinks: [],
      behaviorSecs: [],
      ids: this.ids,
      idRefs: this.idRefs,
    };
    this.reader = new SafeXmlReader(path, {
      open: (tag) => this.open(tag),
      close: () => this.close(),
      text: (t) => this.text(t),
    });
  }

  write(chunk: Uint8Array): void {
    this.reader.write(chunk);
  }

  end(): MetsDocument {
    this.reader.end();
    return this.doc;
  }

  private text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.text) top.text.push(t);
  }

  private open(tag: SaxesTagNS): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.reader.fail(new ArchiveError('ARC_ERR_XML_TOO_DEEP', [`${this.path}:${this.reader.line}`]));
      return;
    }
    const line = this.reader.line;
    const parent = this.stack[this.stack.length - 1];
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.doc.rootNamespace = tag.uri;
      this.doc.rootLocalName = tag.local;
    }
    if (parent?.skip || tag.uri !== NS.mets) {
      this.stack.push({ local: tag.local, node: null, text: null, skip: true });
      return;
    }
    const attrs: Attrs = attrsOf(tag);
    this.recordIds(tag.local, attrs, line);
    const frame: Frame = { local: tag.local, node: null, text: null, skip: false };
    this.build(frame, parent, attrs, line);
    this.stack.push(frame);
  }

  private recordIds(element: string, attrs: Attrs, line: number): void {
    const id = attrs['ID'];
    if (id !== undefined) {
      const list = this.ids.get(id);
      if (list) list.push({ element, line });
      else this.ids.set(id, [{ element, line }]);
    }
    for (const attr in attrs) {
      if (!isIdRef(element, attr)) continue;
      const value = attrs[attr] as string;
      for (const ref of value.split(/\s+/)) if (ref) this.idRefs.push({ element, attr, value: ref, line });
    }
  }

  /** Creates the model node for a METS element and attaches it to its parent's node. */
  private build(frame: Frame, parent: Frame | undefined, attrs: Attrs, line: number): void {
    const p = parent?.node as Record<string, unknown[]> | undefined;
    switch (frame.local) {
      case 'mets':
        if (!parent) this.doc.mets = { attrs, line };
        frame.node = this.doc;
        return;
      case 'metsHdr': {
        const hdr: Mutable<MetsHdr> = { attrs, line, agents: [], altRecordIds: [] };
        if (parent?.local === 'mets') this.doc.metsHdrs.push(hdr);
        frame.node = hdr;
        return;
      }
      case 'agent': {
        const agent: Mutable<MetsAgent> = { attrs, line, names: [], notes: [] };
        if (parent?.local === 'metsHdr') p?.['agents']?.push(agent);
        frame.node = agent;
        return;
      }
      case 'name':
      case 'note':
      case 'altRecordID': {
        const note: Mutable<MetsNote> = { attrs, line, text: '' };
        frame.text = [];
        frame.node = note;
        if (frame.local === 'name' && parent?.local === 'agent') p?.['names']?.push(note);
        if (frame.local === 'note' && parent?.local === 'agent') p?.['notes']?.push(note);
        if (frame.local === 'altRecordID' && parent?.local === 'metsHdr') p?.['altRecordIds']?.push(note);
        return;
      }
      case 'dmdSec':
      case 'techMD':
      case 'rightsMD':
      case 'sourceMD':
      case 'digiprovMD': {
        const sec: Mutable<MdSec> = { attrs, line, kind: frame.local, mdRefs: [], mdWraps: [] };
        if (frame.local === 'dmdSec' && parent?.local === 'mets') this.doc.dmdSecs.push(sec);
        else if (parent?.local === 'amdSec') p?.[frame.local]?.push(sec);
        frame.node = sec;
        return;
      }
      case 'mdRef':
        if (parent && isMdSec(parent.local)) p?.['mdRefs']?.push({ attrs, line });
        return;
      case 'mdWrap':
        if (parent && isMdSec(parent.local)) p?.['mdWraps']?.push({ attrs, line });
        frame.skip = true; // embedded metadata is not part of the model
        return;
      case 'amdSec': {
        const amd: Mutable<AmdSec> = { attrs, line, techMD: [], rightsMD: [], sourceMD: [], digiprovMD: [] };
        if (parent?.local === 'mets') this.doc.amdSecs.push(amd);
        frame.node = amd;
        return;
      }
      case 'fileSec': {
        const sec: Mutable<FileSec> = { attrs, line, fileGrps: [] };
        if (parent?.local === 'mets') this.doc.fileSecs.push(sec);
        frame.node = sec;
        return;
      }
      case 'fileGrp': {
        const grp: Mutable<FileGrp> = { attrs, line, files: [], fileGrps: [] };
        if (parent?.local === 'fileSec' || parent?.local === 'fileGrp') p?.['fileGrps']?.push(grp);
        frame.node = grp;
        return;
      }
      case 'file': {
        const file: Mutable<MetsFile> = { attrs, line, flocats: [], files: [] };
        if (parent?.local === 'fileGrp' || parent?.local === 'file') p?.['files']?.push(file);
        frame.node = file;
        return;
      }
      case 'FLocat':
        if (parent?.local === 'file') p?.['flocats']?.push({ attrs, line });
        return;
      case 'structMap': {
        const map: Mutable<StructMap> = { attrs, line, divs: [] };
        if (parent?.local === 'mets') this.doc.structMaps.push(map);
        frame.node = map;
        return;
      }
      case 'div': {
        const div: Mutable<Div> = { attrs, line, fptrs: [], mptrs: [], divs: [] };
        if (parent?.local === 'structMap' || parent?.local === 'div') p?.['divs']?.push(div);
        frame.node = div;
        return;
      }
      case 'fptr':
        if (parent?.local === 'div') p?.['fptrs']?.push({ attrs, line });
        return;
      case 'mptr':
        if (parent?.local === 'div') p?.['mptrs']?.push({ attrs, line });
        return;
      case 'structLink':
        if (parent?.local === 'mets') this.doc.structLinks.push({ attrs, line });
        frame.skip = true;
        return;
      case 'behaviorSec':
        if (parent?.local === 'mets') this.doc.behaviorSecs.push({ attrs, line });
        frame.skip = true;
        return;
      default:
        return;
    }
  }

  private close(): void {
    const frame = this.stack.pop();
    if (frame?.text && frame.node) (frame.node as Mutable<MetsNote>).text = frame.text.join('').trim();
  }
}

function isMdSec(local: string): boolean {
  return (
    local === 'dmdSec' ||
    local === 'techMD' ||
    local === 'rightsMD' ||
    local === 'sourceMD' ||
    local === 'digiprovMD'
  );
}

/** Parses a whole METS document from a chunk stream. */
export async function parseMets(path: string, chunks: AsyncIterable<Uint8Array>): Promise<MetsDocument> {
  const parser = new MetsParser(path);
  for await (const chunk of chunks) parser.write(chunk);
  return parser.end();
}

/** Parses a METS document held in a string (tests, generated documents). */
export function parseMetsString(path: string, xml: string): MetsDocument {
  const parser = new MetsParser(path);
  parser.write(new TextEncoder().encode(xml));
  return parser.end();
}
