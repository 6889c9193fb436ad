/**
 * The per-file content checks of delivery control (issue 6): format identification from the
 * bytes sampled during the one read, then, where the format calls for it, content inspection
 * (encryption, PDF/A) and a virus scan. Tools that need a file on disk get the entry's own file
 * for folder packages and a temporary copy otherwise.
 */
import type { FormatPolicy } from '../../core/formats/format-policy.ts';
import type { ContentCheckSetup, FileFacts, NamingRule } from '../../core/validation/package-context.ts';
import type { ContentFindings, ContentInspector } from '../../ports/content-inspector.ts';
import type {
  FormatIdentification,
  FormatIdentifier,
  RandomAccessFile,
} from '../../ports/format-identifier.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { ScanResult, VirusScanner } from '../../ports/virus-scanner.ts';
import { isArchiveError } from '../../core/errors.ts';
import { ByteSampler } from './byte-sampler.ts';

export interface LocalFileProvider {
  get(source: PackageSource, path: string): Promise<{ path: string; dispose(): Promise<void> }>;
  close(): Promise<void>;
}

export interface ContentCheckOptions {
  readonly identifier?: FormatIdentifier;
  readonly inspectors?: readonly ContentInspector[];
  readonly scanner?: VirusScanner;
  readonly policy?: FormatPolicy;
  readonly namingRule?: NamingRule;
  /** Makes the local-file provider of one validation (closed when it ends). */
  readonly localFiles?: () => LocalFileProvider;
  readonly openRandomAccess?: (localPath: string) => Promise<RandomAccessFile>;
}

export class ContentChecker {
  private scannerName: string | null = null;
  private readonly localFiles: LocalFileProvider | null;

  constructor(
    private readonly source: PackageSource,
    private readonly options: ContentCheckOptions,
  ) {
    this.localFiles = options.localFiles?.() ?? null;
  }

  /** Removes temporary copies. */
  async close(): Promise<void> {
    await this.localFiles?.close();
  }

  async setup(): Promise<ContentCheckSetup> {
    this.scannerName = this.options.scanner ? await this.options.scanner.describe() : null;
    return {
      signatureVersions: this.options.identifier?.versions ?? null,
      policy: this.options.policy ?? null,
      scanner: this.scannerName,
      namingRule: this.options.namingRule ?? null,
    };
  }

  /** A sampler for one file, sized to the entry so that it holds no more than the file. */
  sampler(path: string): ByteSampler | null {
    const id = this.options.identifier;
    return id ? new ByteSampler(id.headBytes, id.tailBytes, this.source.entries.get(path)?.size) : null;
  }

  /** Identification, inspection and scanning of one file whose bytes were sampled. */
  async check(
    path: string,
    sampler: ByteSampler | null,
  ): Promise<Pick<FileFacts, 'format' | 'content' | 'virus'>> {
    const format = sampler ? await this.identify(path, sampler) : undefined;
    const content = await this.inspect(path, format?.puid ?? null);
    const virus = await this.scan(path);
    return { ...(format ? { format } : {}), ...(content ? { content } : {}), ...(virus ? { virus } : {}) };
  }

  private async identify(path: string, sampler: ByteSampler): Promise<FormatIdentification> {
    const identifier = this.options.identifier as FormatIdentifier;
    const { openRandomAccess } = this.options;
    const localFiles = this.localFiles;
    const name = path.slice(path.lastIndexOf('/') + 1);
    let local: { path: string; dispose(): Promise<void> } | null = null;
    const open =
      localFiles && openRandomAccess
        ? async (): Promise<RandomAccessFile> => {
            local ??= await localFiles.get(this.source, path);
            return openRandomAccess(local.path);
          }
        : undefined;
    try {
      return await identifier.identify(name, sampler.sample(), open);
    } finally {
      await (local as { dispose(): Promise<void> } | null)?.dispose();
    }
  }

  private async inspect(path: string, puid: string | null): Promise<ContentFindings | undefined> {
    const inspector = this.options.inspectors?.find((i) => i.handles(puid));
    if (!inspector || !this.localFiles) return undefined;
    const local = await this.localFiles.get(this.source, path);
    try {
      const size = this.source.entries.get(path)?.size ?? 0;
      return await inspector.inspect({ path, puid, size, localPath: local.path });
    } catch (e) {
      // A tool that fails on one file must not stop delivery control: the finding says why.
      if (!isArchiveError(e)) throw e;
      return {
        encrypted: false,
        encryptionDetail: null,
        pdfa: null,
        inspectionError: `${e.code}: ${e.message}`,
      };
    } finally {
      await local.dispose();
    }
  }

  private async scan(path: string): Promise<ScanResult | undefined> {
    if (!this.options.scanner) return undefined;
    try {
      return await this.options.scanner.scan(this.source.read(path));
    } catch (e) {
      // clamd unreachable or over its limits: the file counts as not scanned (SAMARKIV-VIR-2).
      if (!isArchiveError(e) || !e.code.startsWith('ARC_ERR_SCAN')) throw e;
      return undefined;
    }
  }
}
