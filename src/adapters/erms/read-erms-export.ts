/**
 * Reads a case-management export's ERMS file before an ERMS package is built: the bytes stream
 * through the ErmsReader (references, identifiers, Schematron) while `xmllint --stream` reads the
 * same file on the second core against the shipped XSD of its version. The facts come back as
 * soon as the parse is done; the schema verdict (`schemaChecked`) may still be running, so the
 * package is built meanwhile and published only once it says valid (docs/adr/0014). Only when xmllint reports
 * errors (or is not installed) is the file validated again with libxml2-wasm, which also gives
 * the column of each error. Problems are coded errors naming the place; nothing is written.
 *
 * Version: as given; otherwise 2.1 (FGS Ärendehantering 2.0 = CITS ERMS 2.1), and a file that is
 * not valid as 2.1 but valid as 3.0 is taken as 3.0.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ArchiveError } from '../../core/errors.ts';
import { DEFAULT_ERMS_VERSION, type ErmsFacts, type ErmsVersion } from '../../core/erms/erms-facts.ts';
import { ErmsReader } from '../../core/erms/erms-reader.ts';
import type { XmlSchemaIssue } from '../../ports/xml-schema-validator.ts';
import type { SchemaSetId } from '../xml/schema-catalog.ts';
import { validateFileWithXmllint, xmllintAvailable } from '../xml/xmllint-stream-validator.ts';
import type { XmlValidationError } from '../xml/xsd-validator.ts';

export interface ErmsExport {
  readonly path: string;
  readonly version: ErmsVersion;
  readonly facts: ErmsFacts;
  readonly size: number;
}

export interface ErmsExportBeingChecked extends ErmsExport {
  /**
   * The final reading once the schema check is done: the same one when valid, one of another
   * version when a file of no given version is valid only as 3.0; ARC_ERR_ERMS_SCHEMA_INVALID otherwise.
   */
  readonly schemaChecked: Promise<ErmsExport>;
}

/** Larger files are validated by xmllint alone (line numbers, no columns). */
const MAX_IN_MEMORY_BYTES = 256 * 1024 * 1024;
/** Schema errors named in the message; the rest are counted. */
const MAX_SCHEMA_ERRORS = 50;

const SCHEMA_SET: Readonly<Record<ErmsVersion, SchemaSetId>> = { '2.1': 'erms-2.1', '3.0': 'erms-3.0' };
const SCHEMA_FILE: Readonly<Record<ErmsVersion, string>> = { '2.1': 'ERMS.xsd', '3.0': 'ERMS_v3.xsd' };

/** The shipped XSD of a CITS ERMS version (copied into the package's representation schemas/). */
export function shippedErmsSchema(version: ErmsVersion): { fileName: string; path: string } {
  const file = SCHEMA_FILE[version];
  return { fileName: file, path: fileURLToPath(new URL(`../../../schemas/erms/${file}`, import.meta.url)) };
}

type Issue = XmlValidationError | XmlSchemaIssue;

/**
 * libxml2 reports schema validity errors with a line but no column; the column of the element an
 * error names is found in that line, so the producer is pointed at the exact tag.
 */
function withColumns(bytes: Uint8Array, errors: readonly XmlValidationError[]): Issue[] {
  const wanted = new Set(errors.filter((e) => e.column === undefined && e.line > 0).map((e) => e.line));
  const lines = new Map<number, string>();
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length && wanted.size > lines.size; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (wanted.has(line)) lines.set(line, Buffer.from(bytes.subarray(start, i)).toString('utf8'));
      line++;
      start = i + 1;
    }
  }
  return errors.map((e) => {
    const text = lines.get(e.line);
    const local = /Element '(?:\{[^}]*\})?([^']+)'/.exec(e.message)?.[1];
    if (e.column !== undefined || text === undefined || local === undefined) return e;
    const at = new RegExp(`<(?:[\\w.-]+:)?${local.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s/>]`).exec(text);
    // Columns count characters from 1, as libxml2 and editors do.
    return at ? { ...e, column: [...text.slice(0, at.index)].length + 1 } : e;
  });
}

async function fullValidation(path: string, version: ErmsVersion): Promise<Issue[]> {
  // Loaded only here: libxml2-wasm costs ~150 MB of RSS, and a valid file never needs it.
  const { validateXml } = await import('../xml/xsd-validator.ts');
  const bytes = await readFile(path);
  const errors = await validateXml(bytes, { schemaSet: SCHEMA_SET[version], name: path });
  return withColumns(bytes, errors);
}

/**
 * Reader facts once the parse is done, and the xmllint verdict for `version` whenever xmllint is
 * (null when xmllint is missing). xmllint reads the file itself, at its own pace.
 */
async function readOnce(
  path: string,
  version: ErmsVersion,
  schemaCheckAfter: Promise<unknown> = Promise.resolve(),
): Promise<{ facts: ErmsFacts; issues: Promise<readonly Issue[] | null> }> {
  const issues = xmllintAvailable()
    ? schemaCheckAfter
        .catch(() => undefined) // a listing that failed is reported by the packager
        .then(() => validateFileWithXmllint(path, SCHEMA_SET[version]))
    : Promise.resolve(null);
  // Settled here too, so a parse error never leaves an unhandled rejection behind.
  issues.catch(() => undefined);
  const reader = new ErmsReader(path);
  // One buffer, read into again and again (the reader copies what it keeps): a fresh 1 MiB per
  // read, as a read stream allocates, cost 0.6 s of page faults on a 158 MB file here.
  const buffer = Buffer.allocUnsafeSlow(1024 * 1024);
  const fh = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      reader.write(buffer.subarray(0, bytesRead));
    }
  } finally {
    await fh.close();
  }
  return { facts: reader.end(), issues };
}

function place(path: string, issue: Issue): string {
  const col = 'column' in issue && issue.column !== undefined ? `:${issue.column}` : '';
  return issue.line === undefined ? path : `${path}:${issue.line}${col}`;
}

function schemaError(path: string, version: ErmsVersion, issues: readonly Issue[]): ArchiveError {
  const shown = issues.slice(0, MAX_SCHEMA_ERRORS).map((i) => `${place(path, i)}: ${i.message}`);
  const more = issues.length - shown.length;
  const text = `${shown.join('; ')}${more > 0 ? `; … and ${more} more` : ''}`;
  return new ArchiveError('ARC_ERR_ERMS_SCHEMA_INVALID', [version, text]);
}

export interface StartErmsOptions {
  /**
   * xmllint starts once this settles. The packager holds it back until the documents folder is
   * listed: on two cores, the listing is what the build waits for, and xmllint beside the parse
   * and the listing slowed the listing by a third (docs/adr/0014).
   */
  readonly schemaCheckAfter?: Promise<unknown>;
}

export async function readErmsExport(path: string, requested?: ErmsVersion): Promise<ErmsExport> {
  return (await startErmsExport(path, requested)).schemaChecked;
}

/** Parses the ERMS file now; its schema check goes on in `schemaChecked`. */
export async function startErmsExport(
  path: string,
  requested?: ErmsVersion,
  options: StartErmsOptions = {},
): Promise<ErmsExportBeingChecked> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new ArchiveError('ARC_ERR_INPUT_UNSUPPORTED', [path]);
    size = st.size;
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('ARC_ERR_INPUT_NOT_FOUND', [path], { cause: e });
  }
  const first: ErmsVersion = requested ?? DEFAULT_ERMS_VERSION;
  const { facts, issues } = await readOnce(path, first, options.schemaCheckAfter);
  const reading = { path, version: first, facts, size };
  return { ...reading, schemaChecked: issues.then((found) => verdict(reading, requested, found)) };
}

async function verdict(
  reading: ErmsExport,
  requested: ErmsVersion | undefined,
  issues: readonly Issue[] | null,
): Promise<ErmsExport> {
  const { path, version: first, facts, size } = reading;
  if (issues !== null && issues.length === 0) return reading;

  // Invalid (or no xmllint): the in-memory validator gives columns, and decides 3.0 when not given.
  if (size > MAX_IN_MEMORY_BYTES) throw schemaError(path, first, issues ?? []);
  const errors = await fullValidation(path, first);
  if (errors.length === 0) return { path, version: first, facts, size };
  if (requested === undefined && (await fullValidation(path, '3.0')).length === 0) {
    return { path, version: '3.0', facts, size };
  }
  throw schemaError(path, first, errors);
}
