/**
 * Gathers the PackageContext the rules run on, reading each file of the package at most once:
 * METS documents are parsed, checksummed and (when a schema validator is given) buffered for XSD
 * validation in the same pass; every other referenced file is streamed once through all the
 * checksum algorithms its references ask for.
 */
import { isArchiveError } from '../../core/errors.ts';
import { MetsParser } from '../../core/package/mets-parser.ts';
import { allMdSecs, walkDivs, walkFiles, type MetsDocument } from '../../core/package/mets-model.ts';
import {
  CHECKSUM_TYPES,
  resolveHref,
  type ChecksumType,
  type FileFacts,
  type ListedEntry,
  type PackageContext,
  type ParsedMets,
  type XmlSchemaError,
} from '../../core/validation/package-context.ts';
import { detectProfile, PROFILES, type ProfileId } from '../../core/validation/profiles.ts';
import type { DigestRequest, PackageSource } from '../../ports/package-source.ts';
import type { XmlSchemaValidator } from '../../ports/xml-schema-validator.ts';
import type { ContentAnalyzer } from './content-analyzer.ts';
import { ContentChecker, type ContentCheckOptions } from './content-checks.ts';
import type { ByteSampler } from './byte-sampler.ts';
import { SchemaCheck } from './schema-check.ts';
import { digestStream, isChecksumSupported, type ChunkObserver } from './digests.ts';
import { forEachLimit } from './pool.ts';

export interface GatherOptions {
  /** 'auto' (default) detects the profile from mets/@PROFILE. */
  readonly profile?: ProfileId | 'auto';
  readonly schemaValidator?: XmlSchemaValidator;
  /** Called once per content file read, e.g. to sample bytes for format identification. */
  readonly observeFile?: (path: string) => ChunkObserver | undefined;
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Files read in parallel. Many small files want more lanes; large ones are I/O bound anyway. */
  readonly concurrency?: number;
  /** Content analyzers (CITS ERMS, SIARD …) run after the files were read. */
  readonly analyzers?: readonly ContentAnalyzer[];
  /**
   * Per-file content checks (format identification, policy, inspection, virus scan). When given,
   * every file of the package is read (once), not only the referenced ones.
   */
  readonly content?: ContentCheckOptions;
  /** From how many plain files digesting goes to the source in bulk (default BULK_FROM_FILES). */
  readonly bulkFromFiles?: number;
}

/**
 * Bulk digesting starts worker threads (~50 ms each); reading a small file here costs ~40 µs, so
 * below about a thousand files the workers would not pay for themselves. A few large files stay
 * here too: on the shared benchmark machine, workers hashing 4 × 512 MB were no faster than this
 * thread (the per-file cost is what they save), and the large-files case must not regress.
 */
const BULK_FROM_FILES = 1000;

const NO_TYPES: readonly ChecksumType[] = [];

const METADATA_XML_TYPES = new Set([
  'PREMIS',
  'PREMIS:OBJECT',
  'PREMIS:AGENT',
  'PREMIS:RIGHTS',
  'PREMIS:EVENT',
  'EAD',
]);

export async function gatherContext(
  source: PackageSource,
  options: GatherOptions = {},
): Promise<PackageContext> {
  const state = new Gatherer(source, options);
  try {
    return await gather(source, options, state);
  } finally {
    await state.checker?.close();
  }
}

async function gather(
  source: PackageSource,
  options: GatherOptions,
  state: Gatherer,
): Promise<PackageContext> {
  // The source's own listing: a copy would be 100,000 more objects for a large package.
  const entries: ReadonlyMap<string, ListedEntry> = source.entries;
  const content = await state.checker?.setup();

  const rootPath = rootMetsPath(entries);
  const root = rootPath ? await state.parseMetsFile(rootPath, null) : null;
  const profileId =
    options.profile && options.profile !== 'auto'
      ? options.profile
      : detectProfile(root?.doc?.mets?.attrs['PROFILE'], rootPath ?? undefined);

  const representations: ParsedMets[] = [];
  for (const path of representationMetsPaths(entries, root?.doc ?? null)) {
    representations.push(await state.parseMetsFile(path, path.slice(0, -'/METS.xml'.length)));
  }
  const docs = [root, ...representations].filter((p): p is ParsedMets => !!p?.doc);
  await state.readFiles(docs, entries);

  const ctx: PackageContext = {
    profile: PROFILES[profileId],
    container: source.kind,
    rootName: source.rootName,
    topLevelNames: source.topLevelNames,
    entries,
    root,
    representations,
    files: state.facts,
    metadataSchemaErrors: state.metadataSchemaErrors,
    unsupportedChecksumTypes: state.unsupported,
    ...(content ? { content } : {}),
  };
  const analyzers = (options.analyzers ?? []).filter((a) => a.appliesTo(ctx));
  if (analyzers.length === 0) return ctx;
  const analyses = new Map<string, unknown>();
  for (const analyzer of analyzers) analyses.set(analyzer.id, await analyzer.analyze(source, ctx));
  return { ...ctx, analyses };
}

/** The package METS: METS.xml, or FGS 1.x's sip.xml (some generators: mets.xml) when it is absent. */
function rootMetsPath(entries: ReadonlyMap<string, ListedEntry>): string | null {
  return ['METS.xml', 'sip.xml', 'mets.xml'].find((p) => entries.get(p)?.type === 'file') ?? null;
}

/** representations/<rep>/METS.xml files present, plus any METS an mptr of the root points to. */
function representationMetsPaths(
  entries: ReadonlyMap<string, ListedEntry>,
  root: MetsDocument | null,
): string[] {
  const paths = new Set<string>();
  for (const e of entries.values()) {
    if (e.type === 'file' && /^representations\/[^/]+\/METS\.xml$/.test(e.path)) paths.add(e.path);
  }
  for (const map of root?.structMaps ?? []) {
    for (const div of walkDivs(map)) {
      for (const mptr of div.mptrs) {
        const href = mptr.attrs['xlink:href'];
        const path = href ? resolveHref('METS.xml', href) : null;
        if (path && path !== 'METS.xml' && entries.get(path)?.type === 'file') paths.add(path);
      }
    }
  }
  return [...paths].sort();
}

class Gatherer {
  readonly facts = new Map<string, FileFacts>();
  readonly metadataSchemaErrors = new Map<string, readonly XmlSchemaError[]>();
  readonly unsupported = new Set<string>();
  /** Referenced path → the checksum types its references ask for (shared arrays, see typeList). */
  private readonly needed = new Map<string, readonly ChecksumType[]>();
  private readonly typeLists = new Map<string, readonly ChecksumType[]>();
  private bytesDone = 0;
  readonly checker: ContentChecker | null;

  constructor(
    private readonly source: PackageSource,
    private readonly options: GatherOptions,
  ) {
    this.checker = options.content ? new ContentChecker(source, options.content) : null;
  }

  async parseMetsFile(path: string, representation: string | null): Promise<ParsedMets> {
    const parser = new MetsParser(path);
    const validator = this.options.schemaValidator;
    const schema = validator ? new SchemaCheck(validator, path) : null;
    const sampler = this.checker?.sampler(path) ?? null;
    let doc: MetsDocument | null = null;
    let parseError: ParsedMets['parseError'];
    const chunks = this.tee(this.source.read(path), async (chunk) => {
      sampler?.observe(chunk);
      // xmllint takes the chunk while it is parsed here (on the other core).
      const validated = schema?.write(chunk);
      try {
        parser.write(chunk);
      } catch (e) {
        await validated?.catch(() => undefined);
        throw e;
      }
      await validated;
    });
    try {
      const result = await digestStream(chunks, this.typesFor(path));
      this.facts.set(path, { ...result, ...(await this.checker?.check(path, sampler)) });
      doc = parser.end();
    } catch (e) {
      if (!isArchiveError(e) || !e.code.startsWith('ARC_ERR_XML')) throw e;
      parseError = { code: e.code, message: e.localized('en'), sv: e.localized('sv') };
    }
    const issues = await schema?.finish();
    const schemaErrors = doc && issues ? issues : undefined;
    if (doc) this.noteReferences(doc);
    return {
      path,
      representation,
      doc,
      ...(parseError ? { parseError } : {}),
      ...(schemaErrors ? { schemaErrors } : {}),
    };
  }

  /** Records, per referenced path, which checksum algorithms its references ask for. */
  private noteReferences(doc: MetsDocument): void {
    const add = (href: string | undefined, type: string | undefined): void => {
      if (!href) return;
      const path = resolveHref(doc.path, href);
      if (!path) return;
      let types = this.needed.get(path) ?? NO_TYPES;
      if (type && (CHECKSUM_TYPES as readonly string[]).includes(type)) {
        if (!isChecksumSupported(type as ChecksumType)) this.unsupported.add(type);
        else if (!types.includes(type as ChecksumType))
          types = this.typeList([...types, type as ChecksumType]);
      }
      this.needed.set(path, types);
    };
    for (const { file } of walkFiles(doc)) {
      for (const loc of file.flocats) add(loc.attrs['xlink:href'], file.attrs['CHECKSUMTYPE']);
    }
    for (const sec of allMdSecs(doc))
      for (const ref of sec.mdRefs) add(ref.attrs['xlink:href'], ref.attrs['CHECKSUMTYPE']);
  }

  /**
   * One shared array per combination of types: 100,000 files referenced with SHA-256 share one
   * array instead of holding a Set each (memory counts: docs/adr/0002).
   */
  private typeList(types: ChecksumType[]): readonly ChecksumType[] {
    const key = types.join(',');
    let list = this.typeLists.get(key);
    if (!list) this.typeLists.set(key, (list = types));
    return list;
  }

  /** Checksums to compute: what the references ask for, and SHA-256 for the report when content checks run. */
  private typesFor(path: string): Set<ChecksumType> {
    const types = new Set(this.needed.get(path) ?? []);
    if (this.checker || !this.needed.has(path)) types.add('SHA-256');
    return types;
  }

  /** Reads every referenced file once (every file, when content checks run). */
  async readFiles(docs: readonly ParsedMets[], entries: ReadonlyMap<string, ListedEntry>): Promise<void> {
    const metadataXml = this.metadataXmlPaths(docs);
    const candidates = this.checker ? [...entries.keys()] : [...this.needed.keys()];
    const todo = candidates.filter((p) => !this.facts.has(p) && entries.get(p)?.type === 'file');
    const total = todo.reduce((n, p) => n + (entries.get(p)?.size ?? 0), 0);
    const onBytes = (bytes: number): void => {
      this.bytesDone += bytes;
      this.options.onProgress?.(this.bytesDone, total);
    };
    const { bulk, streamed } = this.splitReads(todo, metadataXml);
    const digestFiles = this.source.digestFiles?.bind(this.source);
    // Both run at once: the streamed ones (metadata XML piped to the schema validator) on the
    // main thread while the source digests the bulk elsewhere (worker threads for a folder).
    const outcomes = await Promise.allSettled([
      forEachLimit(streamed, this.options.concurrency ?? 16, (path) =>
        this.readOne(path, metadataXml.has(path), onBytes),
      ),
      bulk.length > 0 && digestFiles
        ? digestFiles(bulk, (path, result) => this.facts.set(path, result), onBytes)
        : undefined,
    ]);
    for (const o of outcomes) if (o.status === 'rejected') throw o.reason;
  }

  /**
   * Which files the source may digest in bulk: those nothing else needs to see (no schema check,
   * no content check, no observer), when there are enough of them to be worth worker threads.
   */
  private splitReads(
    todo: readonly string[],
    metadataXml: ReadonlySet<string>,
  ): { bulk: DigestRequest[]; streamed: string[] } {
    if (!this.source.digestFiles || this.checker || this.options.observeFile)
      return { bulk: [], streamed: [...todo] };
    const bulk: DigestRequest[] = [];
    const streamed: string[] = [];
    for (const path of todo) {
      if (this.options.schemaValidator && metadataXml.has(path)) streamed.push(path);
      else bulk.push({ path, types: this.needed.get(path) ?? NO_TYPES });
    }
    if (bulk.length >= (this.options.bulkFromFiles ?? BULK_FROM_FILES)) return { bulk, streamed };
    return { bulk: [], streamed: [...todo] };
  }

  /** Reads one file on this thread: digests, and the schema check or content checks it needs. */
  private async readOne(
    path: string,
    isMetadataXml: boolean,
    onBytes: (bytes: number) => void,
  ): Promise<void> {
    const validator = this.options.schemaValidator;
    const schema = validator && isMetadataXml ? new SchemaCheck(validator, path) : null;
    const observer = this.options.observeFile?.(path);
    const sampler: ByteSampler | null = this.checker?.sampler(path) ?? null;
    const types = this.checker ? this.typesFor(path) : (this.needed.get(path) ?? []);
    const observe = (chunk: Uint8Array, offset: number): void => {
      sampler?.observe(chunk);
      observer?.(chunk, offset);
      onBytes(chunk.length);
    };
    // The async tee only where a schema stream needs awaiting: it costs per chunk.
    const chunks = schema
      ? this.tee(this.source.read(path), (chunk) => schema.write(chunk))
      : this.source.read(path);
    const result = await digestStream(chunks, types, observe);
    this.facts.set(path, { ...result, ...(await this.checker?.check(path, sampler)) });
    const errors = await schema?.finish();
    if (errors) this.metadataSchemaErrors.set(path, errors);
  }

  private metadataXmlPaths(docs: readonly ParsedMets[]): Set<string> {
    const out = new Set<string>();
    if (!this.options.schemaValidator) return out;
    for (const parsed of docs) {
      for (const sec of allMdSecs(parsed.doc as MetsDocument)) {
        for (const ref of sec.mdRefs) {
          const href = ref.attrs['xlink:href'];
          const path = href ? resolveHref(parsed.path, href) : null;
          if (path && METADATA_XML_TYPES.has((ref.attrs['MDTYPE'] ?? '').toUpperCase())) out.add(path);
        }
      }
    }
    return out;
  }

  private async *tee(
    chunks: AsyncIterable<Uint8Array>,
    each: (c: Uint8Array) => Promise<void>,
  ): AsyncIterable<Uint8Array> {
    for await (const c of chunks) {
      await each(c);
      yield c;
    }
  }
}
