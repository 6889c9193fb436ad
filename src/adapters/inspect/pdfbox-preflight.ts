/**
 * Apache PDFBox preflight (Debian `libpdfbox2-java`), the PDF/A-1b validator available on Debian,
 * run as `java -cp … org.apache.pdfbox.preflight.Validator_A1b xml <file>`. Debian's jar leaves
 * two of its dependencies to other packages (javax.activation, JAXB), so the class path names
 * every jar and each one is checked before the validator is offered.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { firstLines, runTool } from './run-tool.ts';

/** Jar file → the Debian package that installs it under /usr/share/java. */
export const PREFLIGHT_JARS: Readonly<Record<string, string>> = {
  'preflight.jar': 'libpdfbox2-java',
  'pdfbox2.jar': 'libpdfbox2-java',
  'xmpbox.jar': 'libpdfbox2-java',
  'fontbox2.jar': 'libfontbox2-java',
  'commons-logging.jar': 'libcommons-logging-java',
  'javax.activation.jar': 'libactivation-java',
  'jaxb-api.jar': 'libjaxb-api-java',
};

export interface PreflightSetup {
  readonly java: string;
  readonly classpath: string;
  /** e.g. "PDFBox preflight 2.0.27". */
  readonly tool: string;
  readonly javaOptions: readonly string[];
}

export type PreflightLookup =
  | { readonly available: true; readonly setup: PreflightSetup }
  | { readonly available: false; readonly reason: string };

export interface PreflightResult {
  /** true/false from the validator; null when it did not give a verdict (crash, timeout). */
  readonly valid: boolean | null;
  readonly messages: readonly string[];
}

// Most files are small: JVM start-up dominates, so C1-only compilation and no perf data file pay off.
const DEFAULT_JAVA_OPTIONS = [
  '-Djava.awt.headless=true',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-Xmx768m',
];
const MAX_MESSAGES = 20;

/** Finds the jars and java; says what is missing instead of failing, since preflight is optional. */
export async function findPreflight(
  javaDir = '/usr/share/java',
  java = 'java',
  javaOptions: readonly string[] = DEFAULT_JAVA_OPTIONS,
): Promise<PreflightLookup> {
  const missing: string[] = [];
  for (const [jar, pkg] of Object.entries(PREFLIGHT_JARS)) {
    try {
      await access(join(javaDir, jar));
    } catch {
      missing.push(`${jar} (${pkg})`);
    }
  }
  if (missing.length > 0) {
    return { available: false, reason: `PDFBox preflight is not installed: missing ${missing.join(', ')}` };
  }
  try {
    const run = await runTool(java, ['-version'], {
      timeoutMs: 30_000,
      debianPackage: 'default-jre-headless',
    });
    if (run.exitCode !== 0)
      return { available: false, reason: `java does not run: ${firstLines(run.stderr)}` };
  } catch {
    return { available: false, reason: 'PDFBox preflight needs java (Debian package default-jre-headless)' };
  }
  const version = await jarVersion(join(javaDir, 'preflight.jar')).catch(() => null);
  const classpath = Object.keys(PREFLIGHT_JARS)
    .map((jar) => join(javaDir, jar))
    .join(':');
  return {
    available: true,
    setup: { java, classpath, tool: `PDFBox preflight ${version ?? '(unknown version)'}`, javaOptions },
  };
}

export async function runPreflight(
  setup: PreflightSetup,
  file: string,
  timeoutMs: number,
): Promise<PreflightResult> {
  const run = await runTool(
    setup.java,
    [...setup.javaOptions, '-cp', setup.classpath, 'org.apache.pdfbox.preflight.Validator_A1b', 'xml', file],
    { timeoutMs, debianPackage: 'default-jre-headless' },
  );
  if (run.timedOut)
    return { valid: null, messages: [`PDFBox preflight did not finish within ${timeoutMs} ms`] };
  const report = parseReport(run.stdout);
  if (report.valid === null) {
    const why = firstLines(run.stderr) || firstLines(run.stdout) || `exit code ${run.exitCode}`;
    return { valid: null, messages: [`PDFBox preflight gave no verdict: ${why}`] };
  }
  return report;
}

/** `<preflight><isValid>false</isValid><errors><error><code/><details/></error>…` */
export function parseReport(xml: string): PreflightResult {
  const start = xml.indexOf('<?xml');
  if (start < 0) return { valid: null, messages: [] };
  let valid: boolean | null = null;
  const messages: string[] = [];
  let text = '';
  let code = '';
  let errors = 0;
  const parser = new SaxesParser();
  parser.on('opentag', () => {
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (tag) => {
    if (tag.name === 'isValid') valid = text.trim() === 'true';
    else if (tag.name === 'code') code = text.trim();
    else if (tag.name === 'details') {
      errors++;
      if (messages.length < MAX_MESSAGES) messages.push(`PDF/A-1b ${code}: ${text.trim()}`);
    }
  });
  try {
    parser.write(xml.slice(start)).close();
  } catch {
    return { valid: null, messages: [] };
  }
  if (errors > MAX_MESSAGES) messages.push(`… and ${errors - MAX_MESSAGES} more`);
  return { valid, messages };
}

/** The version in the jar's Maven metadata (META-INF/maven/…/pom.properties). */
function jarVersion(jar: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.open(jar, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('cannot open jar'));
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/pom.properties')) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('cannot read jar'));
          let text = '';
          stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          stream.on('end', () => {
            zip.close();
            resolve(text.match(/^version=(.+)$/m)?.[1]?.trim() ?? null);
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => {
        if (!found) resolve(null);
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
