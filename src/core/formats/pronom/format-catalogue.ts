/**
 * The format side of a signature file, prepared for identification: formats by signature, ID and
 * PUID, DROID's priority pruning, and its extension-only ("tentative") formats.
 *
 * As DROID does at start-up (ContainerIdentifierInit → removeSignatureForPuid), formats that have
 * container signatures lose their binary signatures and their extension-only standing: a DOCX is
 * found through its ZIP container, never by a binary signature or by its name alone.
 */
import type { FileFormat, InternalSignature, SignatureFile } from './signature-model.ts';

export class FormatCatalogue {
  readonly byPuid = new Map<string, FileFormat>();
  private readonly byId = new Map<number, FileFormat>();
  private readonly order = new Map<string, number>();
  private readonly bySignature = new Map<number, FileFormat[]>();
  private readonly tentative = new Map<string, FileFormat[]>();
  /** Internal signatures still pointing at a format after the container PUIDs were removed. */
  readonly signatures: readonly InternalSignature[];

  constructor(file: SignatureFile, containerPuids: ReadonlySet<string>) {
    file.formats.forEach((f, i) => {
      this.byPuid.set(f.puid, f);
      this.byId.set(f.id, f);
      this.order.set(f.puid, i);
      if (containerPuids.has(f.puid)) return;
      for (const id of f.signatureIds) this.bySignature.set(id, [...(this.bySignature.get(id) ?? []), f]);
      if (f.signatureIds.length === 0) {
        for (const ext of f.extensions) this.tentative.set(ext, [...(this.tentative.get(ext) ?? []), f]);
      }
    });
    this.signatures = file.signatures.filter((s) => this.bySignature.has(s.id));
  }

  /** The formats the matched signatures point at, each once, in signature-file order. */
  formatsForSignatures(ids: readonly number[]): FileFormat[] {
    const seen = new Set<string>();
    const out: FileFormat[] = [];
    for (const id of ids) {
      for (const f of this.bySignature.get(id) ?? []) {
        if (!seen.has(f.puid)) {
          seen.add(f.puid);
          out.push(f);
        }
      }
    }
    return this.sorted(out);
  }

  sorted(formats: readonly FileFormat[]): FileFormat[] {
    return [...formats].sort((a, b) => (this.order.get(a.puid) ?? 0) - (this.order.get(b.puid) ?? 0));
  }

  /** DROID's removeLowerPriorityHits: drop every hit some other hit has priority over. */
  removeLowerPriority(hits: readonly FileFormat[]): FileFormat[] {
    const lower = new Set<number>();
    for (const h of hits) for (const id of h.priorityOver) lower.add(id);
    return hits.filter((h) => !lower.has(h.id));
  }

  /** Formats with no signature of any kind that claim this extension (DROID's default extension match). */
  tentativeFor(extension: string): FileFormat[] {
    return extension ? [...(this.tentative.get(extension) ?? [])] : [];
  }

  formatById(id: number): FileFormat | undefined {
    return this.byId.get(id);
  }
}

/** The extension DROID would use: what follows the last dot of the base name, lower-cased. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}
