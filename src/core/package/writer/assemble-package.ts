/**
 * Writes a prepared package into a sink, in an order that lets every METS be generated from facts
 * gathered while its files were written: each content file is read once, hashed on the way into
 * the target, and never read again. Order: root schemas, documentation, root metadata; per
 * representation its data, documentation, schemas, premis.xml and last its METS.xml; an AIP's
 * submission/ folder; the package premis.xml; the package METS.xml last of all.
 */
import type { IdGenerator } from './ids.ts';
import { renderMetsBytes, startMetsFiles, type MdRefEntry, type WrittenFile } from './mets.ts';
import { fileEntry, packageMetsModel, representationMetsModel, type Software } from './mets-structure.ts';
import { mimeTypeFor } from './mime.ts';
import type { ContentFile, ContentSource, MetadataFile } from './package-spec.ts';
import type { PackageSink, SinkFileResult } from './package-sink.ts';
import { encodeHref, joinPath } from './paths.ts';
import { renderPremisBytes, startPremisBytes } from './premis.ts';
import {
  packagePremisModel,
  premisIds,
  representationPremis,
  type RepresentationFileFacts,
} from './premis-structure.ts';
import type { PreparedPackage } from './prepare.ts';
import { SCHEMA, schemaLocation, type SchemaRef } from './schemas.ts';

export interface AssembleEnv {
  /** One clock reading for the whole package: CREATEDATE, event times, generated files. */
  readonly now: Date;
  readonly ids: IdGenerator;
  readonly software: Software;
  /** Where the sink reads a shipped XSD from (the repository's schemas/ folder). */
  readonly schemaSource: (ref: SchemaRef) => ContentSource;
  /** Stops the assembly between its steps (the signal's reason is thrown). */
  readonly signal?: AbortSignal;
}

export interface AssembledPackage {
  readonly objid: string;
  readonly folderName: string;
  /** Every file written, METS and metadata included. */
  readonly files: number;
  readonly bytes: number;
  /** Representation data files only (what the producer delivered). */
  readonly contentFiles: number;
  readonly contentBytes: number;
  /** SHA-256 of the package METS.xml. */
  readonly metsSha256: string;
}

const XML_MIME = 'application/xml';

/** xsi:schemaLocation for a PREMIS or EAD file two folders below the schemas' parent folder. */
export const PREMIS_SCHEMA_LOCATION = schemaLocation([SCHEMA.premis], '../../schemas/');
export const EAD_SCHEMA_LOCATION = schemaLocation([SCHEMA.ead, SCHEMA.xlink], '../../schemas/');
export const EAD3_SCHEMA_LOCATION = schemaLocation([SCHEMA.ead3], '../../schemas/');

/** A generated document in UTF-8 parts, read once by the sink without joining them. */
function partsSource(parts: readonly Uint8Array[]): ContentSource {
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  return {
    kind: 'stream',
    size,
    async *open() {
      yield* parts;
    },
  };
}

function parent(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export async function assemblePackage(
  prepared: PreparedPackage,
  sink: PackageSink,
  env: AssembleEnv,
): Promise<AssembledPackage> {
  const { now, ids, software } = env;
  const spec = prepared.spec;
  const dirs = new Set<string>();
  let files = 0;
  let bytes = 0;
  let contentFiles = 0;
  let contentBytes = 0;

  async function ensureDir(path: string): Promise<void> {
    if (path === '' || dirs.has(path)) return;
    await ensureDir(parent(path));
    dirs.add(path);
    await sink.mkdir(path);
  }

  async function write(
    path: string,
    source: ContentSource,
    mimeType: string,
    created?: Date,
  ): Promise<WrittenFile> {
    await ensureDir(parent(path));
    const r = await sink.writeFile(path, source, created ?? now);
    files++;
    bytes += r.size;
    return { path, size: r.size, sha256: r.sha256, created: created ?? r.sourceMtime ?? now, mimeType };
  }

  const writeContent = async (folder: string, f: ContentFile): Promise<WrittenFile> => {
    const written = await write(
      joinPath(folder, f.path),
      f.source,
      f.mimeType ?? mimeTypeFor(f.path),
      f.created,
    );
    return f.otherContentInformationType === undefined
      ? written
      : { ...written, otherContentInformationType: f.otherContentInformationType };
  };

  /**
   * A representation's data files: in one batch when the sink takes batches, else one by one.
   * `described` hears of each file in list order as soon as it and every file before it are
   * written, so its PREMIS object is rendered while the rest are still being copied.
   */
  async function writeData(
    folder: string,
    list: readonly ContentFile[],
    described: (facts: RepresentationFileFacts) => void,
  ): Promise<RepresentationFileFacts[]> {
    const facts: RepresentationFileFacts[] = [];
    const writeFiles = sink.writeFiles?.bind(sink);
    if (!writeFiles) {
      for (const f of list) {
        const fact = { written: await writeContent(folder, f), source: f };
        facts.push(fact);
        described(fact);
      }
      return facts;
    }
    const paths = list.map((f) => joinPath(folder, f.path));
    for (const p of paths) await ensureDir(parent(p));
    const results: (SinkFileResult | undefined)[] = new Array(list.length);
    const take = (index: number, r: SinkFileResult): void => {
      if (results[index]) return;
      results[index] = r;
      for (let i = facts.length; i < list.length && results[i]; i = facts.length) {
        const fact = factOf(paths[i] as string, list[i] as ContentFile, results[i] as SinkFileResult);
        facts.push(fact);
        described(fact);
      }
    };
    const all = await writeFiles(
      list.map((f, i) => ({ path: paths[i] as string, source: f.source, mtime: f.created ?? now })),
      take,
    );
    // A sink that does not report file by file: the rest, in order.
    for (const [i, r] of all.entries()) take(i, r);
    return facts;
  }

  function factOf(path: string, f: ContentFile, r: SinkFileResult): RepresentationFileFacts {
    files++;
    bytes += r.size;
    const written: WrittenFile = {
      path,
      size: r.size,
      sha256: r.sha256,
      created: f.created ?? r.sourceMtime ?? now,
      mimeType: f.mimeType ?? mimeTypeFor(f.path),
      ...(f.otherContentInformationType === undefined
        ? {}
        : { otherContentInformationType: f.otherContentInformationType }),
    };
    return { written, source: f };
  }

  async function writeAll(folder: string, list: readonly ContentFile[] | undefined): Promise<WrittenFile[]> {
    const out: WrittenFile[] = [];
    for (const f of list ?? []) out.push(await writeContent(folder, f));
    return out;
  }

  const schemaFiles = (refs: readonly SchemaRef[], folder: string): Promise<WrittenFile[]> =>
    writeAll(
      folder,
      refs.map((ref) => ({
        path: ref.fileName,
        source: env.schemaSource(ref),
        mimeType: XML_MIME,
        created: now,
      })),
    );

  async function mdRefs(folder: string, list: readonly MetadataFile[] | undefined): Promise<MdRefEntry[]> {
    const out: MdRefEntry[] = [];
    for (const f of list ?? []) {
      const file = await writeContent(folder, f);
      out.push({
        id: ids.next(),
        created: file.created,
        href: encodeHref(file.path),
        file,
        mdType: f.mdType,
        ...(f.mdTypeVersion !== undefined ? { mdTypeVersion: f.mdTypeVersion } : {}),
        ...(f.otherMdType !== undefined ? { otherMdType: f.otherMdType } : {}),
      });
    }
    return out;
  }

  const premisRef = (file: WrittenFile, href: string): MdRefEntry => ({
    id: ids.next(),
    created: now,
    href,
    file,
    mdType: 'PREMIS', // AIPM6
    mdTypeVersion: '3.0', // AIPM7
  });

  // The standard folders exist even when empty (CSIPSTR5–7, CSIPSTR9, CSIPSTR15, CSIPSTR16).
  for (const d of [
    'metadata/descriptive',
    'metadata/preservation',
    'representations',
    'schemas',
    'documentation',
  ]) {
    await ensureDir(d);
  }

  const rootSchemas = [
    ...(await schemaFiles(prepared.rootSchemas, 'schemas')),
    ...(await writeAll('schemas', spec.schemas)),
  ];
  const documentation = await writeAll('documentation', spec.documentation);
  const dmdSecs = await mdRefs('metadata/descriptive', spec.descriptive); // CSIPSTR7
  // CSIPSTR8: other metadata in metadata/other/, referenced from amdSec/techMD (a dmdSec would
  // claim it is descriptive metadata, which CSIPSTR7 expects in metadata/descriptive/).
  const techMDs = await mdRefs('metadata/other', spec.otherMetadata);
  const extraPreservation = await mdRefs('metadata/preservation', spec.preservation); // CSIPSTR6

  const pIds = premisIds(prepared.objid, spec, software, ids);
  const common = { prepared, software, now, ids };
  const representations: { rep: (typeof prepared.representations)[number]; mets: WrittenFile }[] = [];
  for (const rep of prepared.representations) {
    // CSIPSTR10–CSIPSTR13
    for (const d of ['data', 'metadata/preservation', 'schemas']) await ensureDir(`${rep.folder}/${d}`);
    const premis = representationPremis(rep.spec.name, pIds, software, now, ids);
    const premisDoc = startPremisBytes(PREMIS_SCHEMA_LOCATION);
    premisDoc.object(premis.object);
    const metsFiles = startMetsFiles();
    const facts = await writeData(`${rep.folder}/data`, rep.spec.data, (fact) => {
      contentFiles++;
      contentBytes += fact.written.size;
      premisDoc.object(premis.fileObject(fact));
      metsFiles.file(fileEntry(fact.written, rep.folder, ids));
    });
    env.signal?.throwIfAborted();
    const repDocs = await writeAll(`${rep.folder}/documentation`, rep.spec.documentation);
    // The representation METS refers to its own metadata relative to its folder.
    const repDmdSecs = (await mdRefs(`${rep.folder}/metadata/descriptive`, rep.spec.descriptive)).map(
      (md) => ({ ...md, href: encodeHref(md.file.path.slice(rep.folder.length + 1)) }),
    );
    const repSchemas = [
      ...(await schemaFiles(rep.schemas, `${rep.folder}/schemas`)),
      ...(await writeAll(`${rep.folder}/schemas`, rep.spec.schemas)),
    ];
    env.signal?.throwIfAborted();
    const premisXml = premisDoc.finish(premis.rest);
    const premisFile = await write(
      `${rep.folder}/metadata/preservation/premis.xml`,
      partsSource(premisXml),
      XML_MIME,
    );
    const metsXml = renderMetsBytes(
      representationMetsModel(common, {
        rep,
        data: facts.map((f) => f.written),
        dataRendered: metsFiles.finish(),
        documentation: repDocs,
        schemas: repSchemas,
        premis: premisRef(premisFile, 'metadata/preservation/premis.xml'),
        dmdSecs: repDmdSecs,
      }),
    );
    representations.push({
      rep,
      mets: await write(`${rep.folder}/METS.xml`, partsSource(metsXml), XML_MIME),
    });
  }

  const submission = await writeAll('submission', spec.submission);

  const packagePremis = renderPremisBytes(
    packagePremisModel(spec, pIds, software, now, ids, PREMIS_SCHEMA_LOCATION),
  );
  const premisFile = await write('metadata/preservation/premis.xml', partsSource(packagePremis), XML_MIME);
  const digiprovMDs = [premisRef(premisFile, encodeHref(premisFile.path)), ...extraPreservation];

  const metsXml = renderMetsBytes(
    packageMetsModel(common, {
      dmdSecs,
      techMDs,
      digiprovMDs,
      documentation,
      schemas: rootSchemas,
      representations,
      submission,
    }),
  );
  const mets = await write('METS.xml', partsSource(metsXml), XML_MIME); // CSIPSTR4

  return {
    objid: prepared.objid,
    folderName: prepared.folderName,
    files,
    bytes,
    contentFiles,
    contentBytes,
    metsSha256: mets.sha256,
  };
}
