/**
 * XML Schema validation of METS, PREMIS and EAD documents against the shipped schemas, with
 * libxml2 (libxml2-wasm). The schema set is chosen by the root element's namespace; each set is
 * compiled once per process and kept. Every document is freed from wasm memory as soon as it has
 * been validated, so peak memory follows the largest document, not the number of documents.
 *
 * Safety: a document with a DOCTYPE is refused before parsing (ARC_ERR_XML_DTD_FORBIDDEN), and the
 * parser runs without entity substitution, DTD loading or external entities (XML_PARSE_NO_XXE,
 * XML_PARSE_NONET); schema loads never leave schemas/ (offline-schema-loader.ts).
 *
 * What strict XSD validation means for E-ARK packages (standards.md §3.2, §4): METS admits foreign
 * attributes through lax wildcards, so a csip: or sip: attribute is checked only if the extension
 * schema declares it, and an undeclared one passes silently. In particular:
 * - SIP34/SIP35 name `sip:FILEFORMATREGISTRY` and `sip:FILEFORMATKEY`, which DILCISExtensionSIPMETS.xsd
 *   does not declare (it has FORMATREGISTRY and FORMATREGISTRYKEY): both spellings pass here, and
 *   checking which one a package uses is a rule's job.
 * - `csip:CONTENTINFORMATIONTYPE` is checked against the XSD enumeration, so the vocabulary's
 *   `citscarchival_v1_0` / `cscarchival_v1_0` fail while the XSD's `citcarchival_v1_0`,
 *   `citsarchival_v1_0` and `csarchival_v1_0` pass; a rule may downgrade that to a warning.
 * - Misspelt attribute names in these namespaces (csip:OAISPACKAGETYP) are not schema errors either.
 */
import { readFile } from 'node:fs/promises';
import {
  ParseOption,
  XmlDocument,
  XmlLibError,
  XmlValidateError,
  XsdValidator,
  type ErrorDetail,
} from 'libxml2-wasm';
import { ArchiveError } from '../../core/errors.ts';
import { CAPPED_LINE, linesOfPaths } from './capped-lines.ts';
import { compileOffline } from './offline-schema-loader.ts';
import {
  driverSchema,
  SCHEMA_DIR,
  SCHEMA_SETS,
  schemaSetForNamespace,
  type SchemaSetId,
} from './schema-catalog.ts';
import { declaresDoctype } from './xml-prolog.ts';

export interface XmlValidationError {
  readonly message: string;
  readonly line: number;
  readonly column?: number;
}

export interface ValidateXmlOptions {
  /** Validate against this set instead of the one the root namespace selects. */
  readonly schemaSet?: SchemaSetId;
  /** How error messages name the document; defaults to the path, or "XML document" for bytes. */
  readonly name?: string;
}

/**
 * No XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD or XML_PARSE_HUGE: even a DOCTYPE
 * that got past the prolog check would load and expand nothing. COMPACT saves memory on large METS.
 */
export const PARSE_OPTIONS =
  ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_COMPACT;

/** libxml2 xmlErrorLevel: 1 warning, 2 error, 3 fatal. */
const LEVEL_ERROR = 2;

interface CompiledSet {
  readonly driver: XmlDocument;
  readonly validator: XsdValidator;
}

const compiled = new Map<SchemaSetId, CompiledSet>();

function compiledSet(id: SchemaSetId): CompiledSet {
  const cached = compiled.get(id);
  if (cached) return cached;
  const set = SCHEMA_SETS[id];
  // The driver document stays alive with its validator: libxml2 may keep pointers into it.
  const driver = XmlDocument.fromString(driverSchema(set), { url: `${SCHEMA_DIR}${id}-driver.xsd` });
  try {
    const validator = compileOffline(set.label, () => XsdValidator.fromDoc(driver));
    const entry = { driver, validator };
    compiled.set(id, entry);
    return entry;
  } catch (e) {
    driver.dispose();
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('ARC_ERR_SCHEMA_LOAD', [`${set.label}: ${describe(e)}`], { cause: e });
  }
}

/** The first error libxml2 reported, as file:line:column: message. */
function describe(e: unknown, source = ''): string {
  if (e instanceof XmlLibError) {
    const first = e.details.find((d) => d.level >= LEVEL_ERROR) ?? e.details[0];
    if (first) return `${first.file ?? source}:${first.line}:${first.col}: ${first.message.trim()}`;
  }
  return e instanceof Error ? e.message : String(e);
}

function toValidationError(detail: ErrorDetail): XmlValidationError {
  const message = detail.message.trim();
  return detail.col > 0 ? { message, line: detail.line, column: detail.col } : { message, line: detail.line };
}

/** Replaces libxml2's capped line numbers (see capped-lines.ts). */
function withRealLines(bytes: Uint8Array, details: ErrorDetail[]): ErrorDetail[] {
  const capped = details.filter((d) => d.line === CAPPED_LINE && d.xpath).map((d) => d.xpath as string);
  if (capped.length === 0) return details;
  const lines = linesOfPaths(bytes, capped);
  return details.map((d) =>
    d.line === CAPPED_LINE && d.xpath ? { ...d, line: lines.get(d.xpath) ?? d.line } : d,
  );
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArchiveError(code === 'ENOENT' ? 'ARC_ERR_INPUT_NOT_FOUND' : 'ARC_ERR_INPUT_READ', [path], {
      cause: e,
    });
  }
}

function parse(bytes: Uint8Array, name: string): XmlDocument {
  try {
    return XmlDocument.fromBuffer(bytes, { option: PARSE_OPTIONS });
  } catch (e) {
    throw new ArchiveError('ARC_ERR_XML_MALFORMED', [describe(e, name)], { cause: e });
  }
}

function validateBytes(
  bytes: Uint8Array,
  name: string,
  schemaSet: SchemaSetId | undefined,
): XmlValidationError[] {
  if (declaresDoctype(bytes)) throw new ArchiveError('ARC_ERR_XML_DTD_FORBIDDEN', [name]);
  const doc = parse(bytes, name);
  try {
    // Encodings the prolog scan cannot read (UTF-32, EBCDIC) are caught here; nothing was expanded.
    if (doc.dtd) throw new ArchiveError('ARC_ERR_XML_DTD_FORBIDDEN', [name]);
    const root = doc.root;
    const id = schemaSet ?? schemaSetForNamespace(root.namespaceUri);
    if (id === undefined) {
      const known = Object.values(SCHEMA_SETS).map((s) => s.label);
      const qname = `{${root.namespaceUri}}${root.name}`;
      return [
        {
          message: `No shipped schema for root element ${qname}; known: ${known.join(', ')}`,
          line: root.line,
        },
      ];
    }
    const { validator } = compiledSet(id);
    try {
      validator.validate(doc);
      return [];
    } catch (e) {
      if (!(e instanceof XmlValidateError)) {
        // libxml2 could not run the validation at all (internal error): the document is unusable.
        throw new ArchiveError('ARC_ERR_XML_MALFORMED', [`${name}: ${describe(e)}`], { cause: e });
      }
      const details = e.details.filter((d) => d.level >= LEVEL_ERROR);
      if (details.length === 0) return [{ message: e.message.trim() || 'invalid', line: 0 }];
      return withRealLines(bytes, details).map(toValidationError);
    }
  } finally {
    doc.dispose();
  }
}

/**
 * Validates one XML document (a file path or its bytes) against the shipped schema set its root
 * namespace selects. Returns the schema errors, empty when valid. Throws ArchiveError when the
 * input cannot be used (missing or unreadable file, not well-formed, declares a DTD) or a shipped
 * schema cannot be compiled.
 */
export async function validateXml(
  input: string | Uint8Array,
  options: ValidateXmlOptions = {},
): Promise<XmlValidationError[]> {
  const name = options.name ?? (typeof input === 'string' ? input : 'XML document');
  const bytes = typeof input === 'string' ? await readInput(input) : input;
  return validateBytes(bytes, name, options.schemaSet);
}
