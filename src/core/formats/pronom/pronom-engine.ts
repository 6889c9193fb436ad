/**
 * DROID's identification algorithm (SubmissionGateway), over sampled bytes:
 *  1. binary signatures → hits;
 *  2. if a hit is a container trigger (OLE2 fmt/111, ZIP fmt/189 or x-fmt/263) and the container
 *     can be opened, container signatures → hits; when any match they replace the binary hits;
 *  3. priority pruning (HasPriorityOverFileFormatID);
 *  4. only when no signature matched at all: formats without signatures, by extension.
 * DROID never prunes by extension; several survivors are all reported as candidates, and the
 * extension only decides which one is named first (docs/adr/0005-format-identification.md).
 */
import type { FormatIdentification } from '../../../ports/format-identifier.ts';
import type { Sample } from './byte-sequence-matcher.ts';
import { CompiledSignatures } from './compiled-signatures.ts';
import { ContainerMatcher, type ContainerEntries } from './container-matcher.ts';
import { extensionOf, FormatCatalogue } from './format-catalogue.ts';
import type { ContainerSignatureFile, ContainerType, FileFormat, SignatureFile } from './signature-model.ts';

export type OpenContainer = (type: ContainerType) => Promise<ContainerEntries | null>;

type Method = FormatIdentification['method'];

export class PronomEngine {
  private readonly catalogue: FormatCatalogue;
  private readonly binary: CompiledSignatures;
  private readonly containers: ContainerMatcher;
  private readonly mappings: ReadonlyMap<number, readonly string[]>;
  private readonly triggers: ReadonlyMap<string, ContainerType>;
  private readonly descriptions = new Map<string, string>();

  constructor(signatures: SignatureFile, containers: ContainerSignatureFile) {
    const containerPuids = new Set([...containers.mappings.values()].flat());
    this.catalogue = new FormatCatalogue(signatures, containerPuids);
    this.binary = new CompiledSignatures(this.catalogue.signatures);
    this.containers = new ContainerMatcher(containers.signatures);
    this.mappings = containers.mappings;
    this.triggers = containers.triggers;
    for (const c of containers.signatures) {
      for (const puid of this.mappings.get(c.id) ?? [])
        if (!this.descriptions.has(puid)) this.descriptions.set(puid, c.description);
    }
  }

  get headBytes(): number {
    return this.binary.headBytes;
  }

  get tailBytes(): number {
    return this.binary.tailBytes;
  }

  /** Binary hits only (no container, no pruning): what DROID's matchBinarySignatures returns. */
  binaryHits(sample: Sample): FileFormat[] {
    return this.catalogue.formatsForSignatures(this.binary.match(sample));
  }

  async identify(name: string, sample: Sample, open?: OpenContainer): Promise<FormatIdentification> {
    const extension = extensionOf(name);
    const hits = this.binaryHits(sample);
    const type = hits.map((h) => this.triggers.get(h.puid)).find((t) => t !== undefined);
    let note: string | null = null;
    if (type) {
      if (!open) note = `${type} container not opened: identified by its binary signature only`;
      else {
        const inner = await this.containerHits(type, open);
        if (typeof inner === 'string') note = inner;
        else if (inner.length)
          return this.result(this.catalogue.removeLowerPriority(inner), 'container', extension, null);
      }
    }
    const pruned = this.catalogue.removeLowerPriority(hits);
    if (pruned.length) return this.result(pruned, 'signature', extension, note);
    const byName = this.catalogue.tentativeFor(extension);
    return this.result(byName, byName.length ? 'extension' : 'none', extension, note);
  }

  private async containerHits(type: ContainerType, open: OpenContainer): Promise<FileFormat[] | string> {
    let ids: number[];
    try {
      const entries = await open(type);
      if (!entries) return [];
      ids = await this.containers.match(type, entries);
    } catch (e) {
      // A damaged container is still identified by its binary signature, with a note.
      return `${type} container could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
    const seen = new Set<string>();
    const out: FileFormat[] = [];
    for (const id of ids) {
      for (const puid of this.mappings.get(id) ?? []) {
        if (seen.has(puid)) continue;
        seen.add(puid);
        out.push(this.catalogue.byPuid.get(puid) ?? this.unknownFormat(puid));
      }
    }
    return this.catalogue.sorted(out);
  }

  /** A PUID the container file maps to but the signature file lacks (an older signature file). */
  private unknownFormat(puid: string): FileFormat {
    const name = this.descriptions.get(puid) ?? puid;
    return {
      id: -1,
      puid,
      name,
      version: null,
      mimeType: null,
      extensions: [],
      signatureIds: [],
      priorityOver: [],
    };
  }

  private result(
    formats: readonly FileFormat[],
    method: Method,
    extension: string,
    note: string | null,
  ): FormatIdentification {
    if (!formats.length) {
      return {
        puid: null,
        formatName: null,
        formatVersion: null,
        mimeType: null,
        method: 'none',
        candidates: [],
        warning: note,
      };
    }
    const primary = formats.find((f) => f.extensions.includes(extension)) ?? (formats[0] as FileFormat);
    const warnings: string[] = [];
    if (note) warnings.push(note);
    if (formats.length > 1)
      warnings.push(`${formats.length} formats match: ${formats.map((f) => f.puid).join(', ')}`);
    if (method !== 'extension') {
      // DROID's checkForExtensionsMismatches, for the set as a whole: the formats claim extensions,
      // none of them this one (DROID flags a set where any one format disagrees, which is noise).
      const claimed = formats.some((f) => f.extensions.length > 0);
      const mismatch = claimed && !formats.some((f) => f.extensions.includes(extension));
      if (mismatch) {
        const expected = [...new Set(formats.flatMap((f) => f.extensions))].map((e) => `.${e}`).join(', ');
        warnings.push(
          `extension ${extension ? `.${extension}` : '(none)'} does not match the format (expected ${expected})`,
        );
      }
    }
    return {
      puid: primary.puid,
      formatName: primary.name,
      formatVersion: primary.version,
      mimeType: primary.mimeType,
      method,
      candidates:
        formats.length > 1 ? [primary, ...formats.filter((f) => f !== primary)].map((f) => f.puid) : [],
      warning: warnings.length ? warnings.join('; ') : null,
    };
  }
}
