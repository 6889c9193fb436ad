/**
 * PDFBox preflight over many PDFs in one JVM. Starting Java costs about 0.8 s here and checking a
 * typical PDF/A document 30 ms, so one JVM per file made content checks of a W3D3 export with 900
 * documents take a quarter of an hour. `Validator_A1b xml group <list>` checks every file named in
 * a list file and writes one report, `<list>.preflight.xml`, with a `<preflight name="…">` per
 * file in list order.
 *
 * Files asked for while a JVM runs wait and go together in the next one. A group that fails as a
 * whole (no report, a report that does not match the list, a timeout) is checked again file by
 * file, so that a file that crashes or hangs the validator gets its own verdict and no other file
 * loses its own. Paths that a list file cannot carry safely (line breaks, non-ASCII characters,
 * which Java may decode with another charset) are checked on their own, as before.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parseReport, runPreflight, type PreflightResult, type PreflightSetup } from './pdfbox-preflight.ts';
import { runTool } from './run-tool.ts';

export interface PreflightBatchOptions {
  /** Most files in one JVM (memory is freed between files; the bound keeps one report small). */
  readonly maxBatch?: number;
  /** A group's time limit: the per-file limit, plus this much for every file in the group. */
  readonly perFileMs?: number;
}

interface Waiting {
  readonly file: string;
  resolve(result: PreflightResult): void;
  reject(error: unknown): void;
}

export class PreflightBatcher {
  private readonly queue: Waiting[] = [];
  private running = false;
  private readonly maxBatch: number;
  private readonly perFileMs: number;

  constructor(
    readonly setup: PreflightSetup,
    /** Per file, as for a single run. */
    private readonly timeoutMs: number,
    options: PreflightBatchOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 64;
    this.perFileMs = options.perFileMs ?? 2000;
  }

  /** The preflight verdict of one PDF (an absolute path). */
  check(file: string): Promise<PreflightResult> {
    if (!listable(file)) return runPreflight(this.setup, file, this.timeoutMs);
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject });
      // Not at once: files asked for in the same turn of the event loop go in one JVM.
      setImmediate(() => this.drain());
    });
  }

  private drain(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const batch = this.queue.splice(0, this.maxBatch);
    void this.runBatch(batch)
      .then(
        (results) => batch.forEach((w, i) => w.resolve(results[i] as PreflightResult)),
        (e: unknown) => batch.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        this.running = false;
        this.drain();
      });
  }

  private async runBatch(batch: readonly Waiting[]): Promise<PreflightResult[]> {
    const files = batch.map((w) => w.file);
    if (files.length > 1) {
      const grouped = await this.runGroup(files);
      if (grouped) return grouped;
    }
    const results: PreflightResult[] = [];
    for (const file of files) results.push(await runPreflight(this.setup, file, this.timeoutMs));
    return results;
  }

  /** One JVM over every file; null when the group as a whole gave no usable report. */
  private async runGroup(files: readonly string[]): Promise<PreflightResult[] | null> {
    const dir = await mkdtemp(join(tmpdir(), 'samarkiv-preflight-'));
    try {
      const list = join(dir, 'files.txt');
      await writeFile(list, `${files.join('\n')}\n`, 'utf8');
      const run = await runTool(
        this.setup.java,
        [
          ...this.setup.javaOptions,
          '-cp',
          this.setup.classpath,
          'org.apache.pdfbox.preflight.Validator_A1b',
          'xml',
          'group',
          list,
        ],
        { timeoutMs: this.timeoutMs + files.length * this.perFileMs, debianPackage: 'default-jre-headless' },
      );
      if (run.timedOut) return null;
      const xml = await readFile(`${list}.preflight.xml`, 'utf8').catch(() => null);
      return xml === null ? null : splitGroupReport(xml, files);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** A path one line of a list file carries unchanged whatever charset Java reads it with. */
function listable(file: string): boolean {
  return /^[\x20-\x7e]+$/.test(file);
}

/**
 * The group report cut into one single-file report per listed file, each read as a single run's
 * report is; null unless it has exactly one `<preflight>` per file, in list order (by file name).
 */
export function splitGroupReport(xml: string, files: readonly string[]): PreflightResult[] | null {
  const pieces: { name: string; xml: string }[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let current: { name: string; parts: string[] } | null = null;
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 2 && tag.name === 'preflight')
      current = { name: String(tag.attributes.name ?? ''), parts: [] };
    current?.parts.push(`<${tag.name}>`);
  });
  parser.on('text', (t) => current?.parts.push(escape(t)));
  parser.on('closetag', (tag) => {
    current?.parts.push(`</${tag.name}>`);
    if (depth === 2 && current) {
      pieces.push({ name: current.name, xml: `<?xml version="1.0"?>${current.parts.join('')}` });
      current = null;
    }
    depth--;
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  if (pieces.length !== files.length) return null;
  if (pieces.some((p, i) => p.name !== basename(files[i] as string))) return null;
  const results = pieces.map((p) => parseReport(p.xml));
  return results.some((r) => r.valid === null) ? null : results;
}
