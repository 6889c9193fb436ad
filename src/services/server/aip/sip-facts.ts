/**
 * What the AIP builder takes from an approved SIP: its METS header (identity, agents, record IDs),
 * descriptive metadata, secrecy, representations and their files. Read from the package source the
 * control used; anything not mapped here is still preserved, verbatim, in the AIP's submission/.
 */
import { parseMets } from '../../../core/package/mets-parser.ts';
import type { MetsDocument, MetsNote } from '../../../core/package/mets-model.ts';
import { allMdSecs } from '../../../core/package/mets-model.ts';
import { SCHEMA } from '../../../core/package/writer/schemas.ts';
import type { Agents, AltRecordIds, SecrecySpec } from '../../../core/package/writer/package-spec.ts';
import type { PackageSource } from '../../../ports/package-source.ts';
import { descendants, parseXmlRecords, parseXmlTree, textAt } from './xml-tree.ts';

export interface MdFileFact {
  /** Path in the SIP, relative to the package root. */
  readonly path: string;
  readonly mdType: string;
  readonly mdTypeVersion?: string;
  readonly otherMdType?: string;
}

export interface RepresentationFacts {
  readonly name: string;
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  readonly data: readonly string[];
  readonly documentation: readonly string[];
  readonly descriptive: readonly MdFileFact[];
  readonly schemas: readonly string[];
}

export interface SipFacts {
  readonly objid: string | null;
  readonly label: string | null;
  readonly contentCategory: string | null;
  readonly otherContentCategory?: string;
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  readonly agents: Agents;
  readonly altRecordIds: AltRecordIds;
  readonly descriptive: readonly MdFileFact[];
  readonly documentation: readonly string[];
  readonly schemas: readonly string[];
  readonly representations: readonly RepresentationFacts[];
  readonly secrecy?: SecrecySpec;
}

/** Schema files the writer ships itself; a SIP's copies of them are not copied twice. */
const WRITER_SCHEMAS = new Set<string>(Object.values(SCHEMA).map((s) => s.fileName));

const noteOf = (notes: readonly MetsNote[], type: string): string | undefined =>
  notes.find((n) => n.attrs['csip:NOTETYPE'] === type)?.text.trim() || undefined;

function agentsOf(doc: MetsDocument): Agents {
  const agents = doc.metsHdrs[0]?.agents ?? [];
  const find = (role: string, type?: string) =>
    agents.find((a) => a.attrs['ROLE'] === role && (!type || a.attrs['TYPE'] === type));
  const org = (a: (typeof agents)[number] | undefined) => {
    const name = a?.names[0]?.text.trim();
    if (!a || !name) return undefined;
    const code = noteOf(a.notes, 'IDENTIFICATIONCODE');
    return { name, ...(code ? { identificationCode: code } : {}) };
  };
  const archivist = org(find('ARCHIVIST'));
  const submitter = org(find('CREATOR', 'ORGANIZATION'));
  const preservation = org(find('PRESERVATION'));
  const contacts = agents
    .filter(
      (a) => a.attrs['ROLE'] === 'CREATOR' && a.attrs['TYPE'] === 'INDIVIDUAL' && a.names[0]?.text.trim(),
    )
    .map((a) => ({ name: (a.names[0]?.text ?? '').trim(), notes: a.notes.map((n) => n.text.trim()) }));
  return {
    ...(archivist ? { archivalCreator: archivist } : {}),
    ...(submitter ? { submitter } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(preservation ? { preservation } : {}),
  };
}

function altRecordIdsOf(doc: MetsDocument): AltRecordIds {
  const ids = doc.metsHdrs[0]?.altRecordIds ?? [];
  const one = (type: string) => ids.find((i) => i.attrs['TYPE'] === type)?.text.trim() || undefined;
  const all = (type: string) => ids.filter((i) => i.attrs['TYPE'] === type).map((i) => i.text.trim());
  const sa = one('SUBMISSIONAGREEMENT');
  const rc = one('REFERENCECODE');
  const psa = all('PREVIOUSSUBMISSIONAGREEMENT');
  const prc = all('PREVIOUSREFERENCECODE');
  return {
    ...(sa ? { submissionAgreement: sa } : {}),
    ...(rc ? { referenceCode: rc } : {}),
    ...(psa.length ? { previousSubmissionAgreements: psa } : {}),
    ...(prc.length ? { previousReferenceCodes: prc } : {}),
  };
}

function hrefPath(href: string, base: string): string {
  const clean = decodeURI(href.replace(/^file:\/\/\.?\/?/, '').replace(/^\.\//, ''));
  return base ? `${base}/${clean}` : clean;
}

/** Descriptive mdRefs (dmdSec) of a METS, paths relative to the package root. */
function descriptiveOf(doc: MetsDocument | null, base: string): MdFileFact[] {
  if (!doc) return [];
  return doc.dmdSecs.flatMap((sec) =>
    sec.mdRefs
      .filter((r) => r.attrs['xlink:href'])
      .map((r) => ({
        path: hrefPath(r.attrs['xlink:href'] as string, base),
        mdType: r.attrs['MDTYPE'] ?? 'OTHER',
        ...(r.attrs['MDTYPEVERSION'] ? { mdTypeVersion: r.attrs['MDTYPEVERSION'] } : {}),
        ...(r.attrs['OTHERMDTYPE'] || r.attrs['MDTYPE'] === undefined
          ? { otherMdType: r.attrs['OTHERMDTYPE'] ?? 'unspecified' }
          : {}),
      })),
  );
}

async function metsOf(source: PackageSource, path: string): Promise<MetsDocument | null> {
  return source.entries.get(path)?.type === 'file' ? parseMets(path, source.read(path)) : null;
}

/** Files (not folders) below `folder/`, sorted. */
function filesUnder(source: PackageSource, folder: string): string[] {
  const out: string[] = [];
  for (const e of source.entries.values())
    if (e.type === 'file' && e.path.startsWith(`${folder}/`)) out.push(e.path);
  return out.sort();
}

/** The statute citation of the SIP's PREMIS rights statement, or the EAD's secrecy note. */
async function secrecyOf(
  source: PackageSource,
  root: MetsDocument,
  descriptive: readonly MdFileFact[],
): Promise<SecrecySpec | undefined> {
  for (const sec of allMdSecs(root).filter((s) => s.kind === 'digiprovMD' || s.kind === 'rightsMD')) {
    for (const ref of sec.mdRefs) {
      const path = hrefPath(ref.attrs['xlink:href'] ?? '', '');
      if (!ref.attrs['MDTYPE']?.startsWith('PREMIS') || !source.entries.has(path)) continue;
      for (const statute of await parseXmlRecords(path, source.read(path), 'statuteInformation')) {
        const citation = textAt(statute, 'statuteCitation');
        const note = textAt(statute, 'statuteNote');
        if (citation) return { legalReference: citation, ...(note ? { note } : {}) };
      }
    }
  }
  for (const md of descriptive.filter((d) => d.mdType === 'EAD' && source.entries.has(d.path))) {
    const tree = await parseXmlTree(md.path, source.read(md.path));
    // EAD 2002 names the kind of restriction in @type, EAD3 in @localtype.
    const restrict = descendants(tree, 'accessrestrict').find(
      (a) => (a.attrs['type'] ?? a.attrs['localtype']) === 'sekretess',
    );
    if (restrict)
      return {
        legalReference:
          descendants(restrict, 'p')
            .map((p) => p.text.trim())
            .join(' ') || 'OSL',
      };
  }
  return undefined;
}

export async function readSipFacts(source: PackageSource): Promise<SipFacts> {
  const root = await parseMets('METS.xml', source.read('METS.xml'));
  const m = root.mets?.attrs ?? {};
  const descriptive = descriptiveOf(root, '').filter((d) => source.entries.has(d.path));
  const repNames = new Set<string>();
  for (const e of source.entries.values()) {
    const match = /^representations\/([^/]+)\//.exec(e.path);
    if (match) repNames.add(match[1] as string);
  }
  const representations: RepresentationFacts[] = [];
  for (const name of [...repNames].sort()) {
    const folder = `representations/${name}`;
    const mets = await metsOf(source, `${folder}/METS.xml`);
    const ra = mets?.mets?.attrs ?? {};
    representations.push({
      name,
      ...(ra['csip:CONTENTINFORMATIONTYPE']
        ? { contentInformationType: ra['csip:CONTENTINFORMATIONTYPE'] }
        : {}),
      ...(ra['csip:OTHERCONTENTINFORMATIONTYPE']
        ? { otherContentInformationType: ra['csip:OTHERCONTENTINFORMATIONTYPE'] }
        : {}),
      data: filesUnder(source, `${folder}/data`),
      documentation: filesUnder(source, `${folder}/documentation`),
      descriptive: descriptiveOf(mets, folder).filter((d) => source.entries.has(d.path)),
      schemas: filesUnder(source, `${folder}/schemas`).filter(
        (p) => !WRITER_SCHEMAS.has(p.slice(p.lastIndexOf('/') + 1)),
      ),
    });
  }
  const secrecy = await secrecyOf(source, root, descriptive);
  return {
    objid: m['OBJID'] ?? null,
    label: m['LABEL'] ?? null,
    contentCategory: m['TYPE'] ?? null,
    ...(m['csip:OTHERTYPE'] ? { otherContentCategory: m['csip:OTHERTYPE'] } : {}),
    ...(m['csip:CONTENTINFORMATIONTYPE'] ? { contentInformationType: m['csip:CONTENTINFORMATIONTYPE'] } : {}),
    ...(m['csip:OTHERCONTENTINFORMATIONTYPE']
      ? { otherContentInformationType: m['csip:OTHERCONTENTINFORMATIONTYPE'] }
      : {}),
    agents: agentsOf(root),
    altRecordIds: altRecordIdsOf(root),
    descriptive,
    documentation: filesUnder(source, 'documentation'),
    schemas: filesUnder(source, 'schemas').filter(
      (p) => !WRITER_SCHEMAS.has(p.slice(p.lastIndexOf('/') + 1)),
    ),
    representations,
    ...(secrecy ? { secrecy } : {}),
  };
}
