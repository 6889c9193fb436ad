/**
 * Looks into PDFs with Debian tools run as child processes: `qpdf --check` for encryption and
 * structure, `pdfinfo -meta` (poppler-utils) for the XMP packet with the PDF/A claim, and PDFBox
 * preflight for PDF/A-1 claims. qpdf and pdfinfo are required (create() fails with
 * ARC_ERR_INSPECT_TOOL_MISSING without them); preflight is optional and its absence is reported
 * in every verdict it would have decided.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ContentFindings, ContentInspector, InspectableFile } from '../../ports/content-inspector.ts';
import { Limiter } from './concurrency.ts';
import { PDF_PUIDS } from './inspected-formats.ts';
import { readPdfaClaim, type ClaimReading } from './pdfa-claim.ts';
import { pdfaVerdict } from './pdfa-verdict.ts';
import { findPreflight, type PreflightResult, type PreflightSetup } from './pdfbox-preflight.ts';
import { PreflightBatcher } from './preflight-batcher.ts';
import { qpdfCheck } from './qpdf-check.ts';
import { firstLines, runTool } from './run-tool.ts';

export interface PdfInspectorOptions {
  /** Program names or paths; default 'qpdf', 'pdfinfo' and 'java' from the PATH. */
  readonly qpdf?: string;
  readonly pdfinfo?: string;
  readonly java?: string;
  /** Folder with the PDFBox jars; default /usr/share/java (Debian). */
  readonly javaDir?: string;
  /** false: do not use PDFBox preflight even when it is installed. */
  readonly preflight?: boolean;
  /** Per tool run; default 120 s. A tool still running then is killed and the file reported. */
  readonly timeoutMs?: number;
  /** Files inspected at once; default half the CPUs (at least 1). */
  readonly concurrency?: number;
}

/** What qpdf and pdfinfo found, before preflight. */
interface FirstLook {
  readonly qpdf: Awaited<ReturnType<typeof qpdfCheck>>;
  readonly reading: ClaimReading | null;
  readonly metadataUnreadable: string | null;
  readonly used: string[];
}

export class PdfInspector implements ContentInspector {
  private readonly limiter: Limiter;
  private readonly batcher: PreflightBatcher | null;

  private constructor(
    private readonly qpdf: string,
    private readonly pdfinfo: string,
    preflight: PreflightSetup | null,
    /** Why PDF/A-1 claims cannot be verified here; null when preflight is available. */
    readonly preflightUnavailable: string | null,
    /** e.g. ["qpdf 11.3.0", "pdfinfo 22.12.0 (poppler)", "PDFBox preflight 2.0.27"]. */
    readonly tools: readonly string[],
    private readonly timeoutMs: number,
    concurrency: number,
  ) {
    this.limiter = new Limiter(concurrency);
    this.batcher = preflight ? new PreflightBatcher(preflight, timeoutMs) : null;
  }

  /** Checks that the tools run and records their versions. */
  static async create(options: PdfInspectorOptions = {}): Promise<PdfInspector> {
    const qpdf = options.qpdf ?? 'qpdf';
    const pdfinfo = options.pdfinfo ?? 'pdfinfo';
    const probe = { timeoutMs: 30_000 };
    const qpdfRun = await runTool(qpdf, ['--version'], { ...probe, debianPackage: 'qpdf' });
    const pdfinfoRun = await runTool(pdfinfo, ['-v'], { ...probe, debianPackage: 'poppler-utils' });
    const version = (text: string) => text.match(/version (\S+)/)?.[1] ?? '(unknown version)';
    const tools = [
      `qpdf ${version(qpdfRun.stdout)}`,
      `pdfinfo ${version(pdfinfoRun.stdout + pdfinfoRun.stderr)} (poppler)`,
    ];
    let preflight: PreflightSetup | null = null;
    let unavailable: string | null = 'PDFBox preflight is switched off in the configuration';
    if (options.preflight !== false) {
      const lookup = await findPreflight(options.javaDir, options.java);
      if (lookup.available) {
        preflight = lookup.setup;
        unavailable = null;
        tools.push(lookup.setup.tool);
      } else unavailable = lookup.reason;
    }
    const concurrency = options.concurrency ?? Math.max(1, Math.floor(availableParallelism() / 2));
    return new PdfInspector(
      qpdf,
      pdfinfo,
      preflight,
      unavailable,
      tools,
      options.timeoutMs ?? 120_000,
      concurrency,
    );
  }

  handles(puid: string | null): boolean {
    return puid !== null && PDF_PUIDS.has(puid);
  }

  /**
   * qpdf and pdfinfo run under the limiter; preflight, where it can still decide the verdict, waits
   * outside it for the next JVM, which takes every PDF waiting by then (preflight-batcher.ts).
   */
  async inspect(file: InspectableFile): Promise<ContentFindings> {
    const path = resolve(file.localPath);
    const look = await this.limiter.run(() => this.firstLook(path));
    const { qpdf, reading, used } = look;
    const claim = reading?.claim ?? null;
    const refuted = claim?.problem || reading?.xmpError || qpdf.encrypted || qpdf.structure !== 'ok';
    let preflight: PreflightResult | null = null;
    if (claim?.part === '1' && !refuted && this.batcher) {
      used.push(this.batcher.setup.tool);
      preflight = await this.batcher.check(path);
    }
    const pdfa = pdfaVerdict({
      reading,
      metadataUnreadable: look.metadataUnreadable,
      qpdf,
      preflight,
      preflightUnavailable: this.preflightUnavailable,
      tools: used,
    });
    return {
      encrypted: qpdf.encrypted,
      encryptionDetail: qpdf.encryptionDetail,
      pdfa,
      inspectionError: inspectionError(qpdf.timedOut, qpdf.structure, qpdf.messages),
    };
  }

  private async firstLook(path: string): Promise<FirstLook> {
    // The path is absolute, so it can never be taken for an option.
    const qpdf = await qpdfCheck(this.qpdf, path, this.timeoutMs);
    const used = [this.tools[0]!];
    if (qpdf.passwordRequired)
      return { qpdf, reading: null, metadataUnreadable: 'the file needs a password to open', used };
    used.push(this.tools[1]!);
    const meta = await runTool(this.pdfinfo, ['-meta', path], {
      timeoutMs: this.timeoutMs,
      debianPackage: 'poppler-utils',
      maxOutputBytes: 16 * 1024 * 1024,
    });
    let metadataUnreadable: string | null = null;
    if (meta.timedOut) metadataUnreadable = `pdfinfo did not finish within ${this.timeoutMs} ms`;
    else if (meta.exitCode !== 0)
      metadataUnreadable = `pdfinfo: ${firstLines(meta.stderr) || `exit code ${meta.exitCode}`}`;
    const reading = metadataUnreadable === null ? readPdfaClaim(meta.stdout) : null;
    return { qpdf, reading, metadataUnreadable, used };
  }
}

/** A file qpdf cannot read in full is reported as not inspected; repaired damage is not. */
function inspectionError(timedOut: boolean, structure: string, messages: readonly string[]): string | null {
  if (timedOut) return messages[0] ?? 'qpdf did not finish';
  if (structure !== 'errors') return null;
  return `qpdf could not read the PDF: ${messages.join('; ') || 'unknown error'}`;
}
