/**
 * The E-ARK AIP 2.2 a delivery becomes (docs/adr/0007): the SIP's representations with their data,
 * documentation and descriptive metadata (each file streamed from the SIP, identified formats
 * recorded as PRONOM PUIDs), the SIP's descriptive metadata at the root (EAD: title, dates,
 * reference code, secrecy), the ingest PREMIS, and the submitted SIP itself, bit for bit, in
 * submission/. OBJID `urn:uuid:<aip id>`.
 */
import type { ContentFile, MetadataFile, PackageSpec } from '../../../core/package/writer/package-spec.ts';
import type { ValidationReport } from '../../../core/validation/report.ts';
import type { PackageSource } from '../../../ports/package-source.ts';
import type { MdFileFact, SipFacts } from './sip-facts.ts';
import { INGEST_PREMIS_FILE } from './ingest-events.ts';

export interface AipSpecInput {
  readonly aipId: string;
  readonly facts: SipFacts;
  readonly source: PackageSource;
  readonly report: ValidationReport;
  /** The submitted file, kept verbatim under submission/. */
  readonly sip: { readonly path: string; readonly fileName: string };
  readonly ingestPremisXml: string;
  readonly fallbackTitle: string;
}

const rel = (path: string, folder: string): string => path.slice(folder.length + 1);

export function aipSpec(input: AipSpecInput): PackageSpec {
  const { facts, source, report } = input;
  const puids = new Map((report.files ?? []).flatMap((f) => (f.puid ? [[f.path, f.puid] as const] : [])));
  const content = (path: string, folder: string): ContentFile => {
    const entry = source.entries.get(path);
    const puid = puids.get(path);
    return {
      path: rel(path, folder),
      source: { kind: 'stream', size: entry?.size ?? 0, open: () => source.read(path) },
      ...(puid ? { puid } : {}),
    };
  };
  const metadata = (md: MdFileFact, folder: string): MetadataFile => ({
    ...content(md.path, folder),
    mdType: md.mdType,
    ...(md.mdTypeVersion ? { mdTypeVersion: md.mdTypeVersion } : {}),
    ...(md.otherMdType ? { otherMdType: md.otherMdType } : {}),
  });
  const rootDescriptive = facts.descriptive.filter((d) => d.path.startsWith('metadata/descriptive/'));
  return {
    profile: 'aip-2.2',
    objid: `urn:uuid:${input.aipId}`,
    label: facts.label ?? input.fallbackTitle,
    contentCategory: facts.contentCategory ?? 'Mixed',
    ...(facts.otherContentCategory ? { otherContentCategory: facts.otherContentCategory } : {}),
    ...(facts.contentInformationType ? { contentInformationType: facts.contentInformationType } : {}),
    ...(facts.otherContentInformationType
      ? { otherContentInformationType: facts.otherContentInformationType }
      : {}),
    agents: facts.agents,
    altRecordIds: facts.altRecordIds,
    descriptive: rootDescriptive.map((d) => metadata(d, 'metadata/descriptive')),
    preservation: [
      {
        path: INGEST_PREMIS_FILE,
        source: { kind: 'buffer', data: new TextEncoder().encode(input.ingestPremisXml) },
        mimeType: 'application/xml',
        mdType: 'PREMIS',
        mdTypeVersion: '3.0',
      },
    ],
    documentation: facts.documentation.map((p) => content(p, 'documentation')),
    schemas: facts.schemas.map((p) => content(p, 'schemas')),
    representations: facts.representations.map((r) => {
      const folder = `representations/${r.name}`;
      return {
        name: r.name,
        ...(r.contentInformationType ? { contentInformationType: r.contentInformationType } : {}),
        ...(r.otherContentInformationType
          ? { otherContentInformationType: r.otherContentInformationType }
          : {}),
        data: r.data.map((p) => content(p, `${folder}/data`)),
        documentation: r.documentation.map((p) => content(p, `${folder}/documentation`)),
        descriptive: r.descriptive
          .filter((d) => d.path.startsWith(`${folder}/metadata/descriptive/`))
          .map((d) => metadata(d, `${folder}/metadata/descriptive`)),
        schemas: r.schemas.map((p) => content(p, `${folder}/schemas`)),
      };
    }),
    submission: [{ path: input.sip.fileName, source: { kind: 'file', path: input.sip.path } }],
    ...(facts.secrecy ? { secrecy: facts.secrecy } : {}),
    ...(facts.agents.submitter ? { producer: facts.agents.submitter } : {}),
  };
}
