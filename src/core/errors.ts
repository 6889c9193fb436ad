/**
 * The catalogue of coded errors. Every refusal samarkiv gives carries one of these codes.
 * docs/errors.md documents each code; test/errors-catalogue.test.ts keeps the two in sync.
 * A retired code is never reused: move it to RETIRED_CODES instead of deleting it.
 */

import { define } from './errors/define.ts';
import { SERVER_ERRORS } from './errors/server.ts';
import { SIARD_DB_ERRORS } from './errors/siard-db.ts';
import { TOOLKIT_ERRORS } from './errors/toolkit.ts';
import { CONSORTIUM_ERRORS } from './errors/consortium.ts';

export type { ErrorDefinition } from './errors/define.ts';

export const ERRORS = {
  // Input and usage: the package could not be checked (exit 2).
  ARC_ERR_USAGE: define('ARC_ERR_USAGE', 'Invalid usage: %s', 'Felaktig användning: %s', 400, 2),
  ARC_ERR_INPUT_NOT_FOUND: define(
    'ARC_ERR_INPUT_NOT_FOUND',
    'Input not found: %s',
    'Hittar inte indata: %s',
    404,
    2,
  ),
  ARC_ERR_INPUT_UNSUPPORTED: define(
    'ARC_ERR_INPUT_UNSUPPORTED',
    'Unsupported input (expected a folder, ZIP or TAR): %s',
    'Indata stöds inte (förväntade en mapp, ZIP eller TAR): %s',
    415,
    2,
  ),
  ARC_ERR_INPUT_READ: define(
    'ARC_ERR_INPUT_READ',
    'Could not read input: %s',
    'Kunde inte läsa indata: %s',
    500,
    2,
  ),
  ARC_ERR_PROFILE_UNKNOWN: define(
    'ARC_ERR_PROFILE_UNKNOWN',
    'Unknown profile: %s',
    'Okänd profil: %s',
    400,
    2,
  ),

  // Archive containers: truncated or corrupt input (exit 2: it cannot be read).
  ARC_ERR_ARCHIVE_CORRUPT: define(
    'ARC_ERR_ARCHIVE_CORRUPT',
    'The archive file is truncated or corrupt: %s',
    'Arkivfilen är trunkerad eller skadad: %s',
    422,
    2,
  ),

  // Hostile or unsafe package content: refused before anything is written outside quarantine (exit 1).
  ARC_ERR_PKG_PATH_TRAVERSAL: define(
    'ARC_ERR_PKG_PATH_TRAVERSAL',
    'Entry path escapes the package: %s',
    'Sökvägen pekar ut ur paketet: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_ABSOLUTE_PATH: define(
    'ARC_ERR_PKG_ABSOLUTE_PATH',
    'Absolute path, drive letter or backslash in entry name: %s',
    'Absolut sökväg, enhetsbokstav eller bakåtsnedstreck i namnet: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_BAD_NAME: define(
    'ARC_ERR_PKG_BAD_NAME',
    'Entry name is not valid UTF-8 or contains control characters: %s',
    'Namnet är inte giltig UTF-8 eller innehåller styrtecken: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_LINK: define(
    'ARC_ERR_PKG_LINK',
    'Symbolic or hard link in package: %s',
    'Symbolisk länk eller hård länk i paketet: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_SPECIAL_FILE: define(
    'ARC_ERR_PKG_SPECIAL_FILE',
    'Device file, FIFO or socket in package: %s',
    'Enhetsfil, FIFO eller socket i paketet: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_DUPLICATE_ENTRY: define(
    'ARC_ERR_PKG_DUPLICATE_ENTRY',
    'Duplicate entry name: %s',
    'Dubblerat namn: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_CASE_DUPLICATE: define(
    'ARC_ERR_PKG_CASE_DUPLICATE',
    'Entry names differ only in letter case: %s',
    'Namn som bara skiljer sig i versaler/gemener: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_ENCRYPTED_ENTRY: define(
    'ARC_ERR_PKG_ENCRYPTED_ENTRY',
    'Encrypted entry in archive: %s',
    'Krypterad post i arkivfilen: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_TOO_MANY_ENTRIES: define(
    'ARC_ERR_PKG_TOO_MANY_ENTRIES',
    'Too many entries: %s (limit %s)',
    'För många poster: %s (gräns %s)',
    413,
    1,
  ),
  ARC_ERR_PKG_TOO_LARGE: define(
    'ARC_ERR_PKG_TOO_LARGE',
    'Unpacked size too large: %s bytes (limit %s)',
    'Uppackad storlek för stor: %s byte (gräns %s)',
    413,
    1,
  ),
  ARC_ERR_PKG_COMPRESSION_RATIO: define(
    'ARC_ERR_PKG_COMPRESSION_RATIO',
    'Compression ratio of %s is %s (limit %s): possible zip bomb',
    'Komprimeringsgraden för %s är %s (gräns %s): möjlig zip-bomb',
    413,
    1,
  ),
  ARC_ERR_PKG_UNSUPPORTED_ENTRY: define(
    'ARC_ERR_PKG_UNSUPPORTED_ENTRY',
    'Unsupported entry (compression method or entry type): %s',
    'Posttypen eller komprimeringsmetoden stöds inte: %s',
    422,
    1,
  ),
  ARC_ERR_PKG_PATH_TOO_LONG: define(
    'ARC_ERR_PKG_PATH_TOO_LONG',
    'Entry path too long or nested too deeply: %s (limit %s)',
    'Sökvägen är för lång eller för djupt nästlad: %s (gräns %s)',
    422,
    1,
  ),

  // XML safety and well-formedness.
  ARC_ERR_XML_DTD_FORBIDDEN: define(
    'ARC_ERR_XML_DTD_FORBIDDEN',
    'XML document declares a DTD, which is not allowed (XXE protection): %s',
    'XML-dokumentet deklarerar en DTD, vilket inte tillåts (skydd mot XXE): %s',
    422,
    1,
  ),
  ARC_ERR_XML_MALFORMED: define(
    'ARC_ERR_XML_MALFORMED',
    'XML document is not well-formed: %s',
    'XML-dokumentet är inte välformat: %s',
    422,
    1,
  ),
  ARC_ERR_XML_TOO_DEEP: define(
    'ARC_ERR_XML_TOO_DEEP',
    'XML document nests elements too deeply: %s',
    'XML-dokumentet har för djup nästling: %s',
    422,
    1,
  ),
  ARC_ERR_SCHEMA_LOAD: define(
    'ARC_ERR_SCHEMA_LOAD',
    'A shipped XML schema could not be loaded: %s',
    'Ett medföljande XML-schema kunde inte läsas: %s',
    500,
    2,
  ),

  // Configuration of delivery control: format policies and the naming rule (exit 2: nothing was checked).
  ARC_ERR_POLICY_INVALID: define(
    'ARC_ERR_POLICY_INVALID',
    'Invalid format policy: %s',
    'Ogiltig formatpolicy: %s',
    400,
    2,
  ),
  ARC_ERR_NAMING_RULE_INVALID: define(
    'ARC_ERR_NAMING_RULE_INVALID',
    'Invalid naming rule: %s',
    'Ogiltig namnregel: %s',
    400,
    2,
  ),

  // Format identification: the PRONOM signature files (exit 2: nothing could be identified).
  ARC_ERR_FORMAT_SIGNATURES_INVALID: define(
    'ARC_ERR_FORMAT_SIGNATURES_INVALID',
    'Not a usable PRONOM signature file: %s',
    'Inte en användbar PRONOM-signaturfil: %s',
    422,
    2,
  ),

  // Content inspection and virus scanning: the tools are missing or unreachable (exit 2: not checked).
  ARC_ERR_INSPECT_TOOL_MISSING: define(
    'ARC_ERR_INSPECT_TOOL_MISSING',
    'Content inspection tool not available: %s (install the Debian package %s)',
    'Verktyget för innehållskontroll saknas: %s (installera Debian-paketet %s)',
    500,
    2,
  ),
  ARC_ERR_SCAN_UNAVAILABLE: define(
    'ARC_ERR_SCAN_UNAVAILABLE',
    'Virus scanner not reachable at %s: %s',
    'Virusskannern går inte att nå på %s: %s',
    503,
    2,
  ),
  ARC_ERR_SCAN_TIMEOUT: define(
    'ARC_ERR_SCAN_TIMEOUT',
    'Virus scanner at %s did not answer within %s ms',
    'Virusskannern på %s svarade inte inom %s ms',
    504,
    2,
  ),
  ARC_ERR_SCAN_LIMIT: define(
    'ARC_ERR_SCAN_LIMIT',
    'The file exceeds a limit of the virus scanner and was not scanned: %s',
    'Filen överskrider en gräns i virusskannern och skannades inte: %s',
    413,
    2,
  ),
  ARC_ERR_SCAN_FAILED: define(
    'ARC_ERR_SCAN_FAILED',
    'Virus scan failed: %s',
    'Virussökningen misslyckades: %s',
    502,
    2,
  ),

  // Writing packages.
  ARC_ERR_SIP_DESCRIPTION_INVALID: define(
    'ARC_ERR_SIP_DESCRIPTION_INVALID',
    'Invalid package description: %s',
    'Ogiltig paketbeskrivning: %s',
    400,
    2,
  ),
  ARC_ERR_WRITE_TARGET_EXISTS: define(
    'ARC_ERR_WRITE_TARGET_EXISTS',
    'Output already exists: %s',
    'Utdata finns redan: %s',
    409,
    2,
  ),
  ARC_ERR_WRITE_FAILED: define(
    'ARC_ERR_WRITE_FAILED',
    'Could not write package: %s',
    'Kunde inte skriva paketet: %s',
    500,
    2,
  ),
  // Area catalogues, one file each under src/core/errors/ (kept apart so parallel work does not
  // collide in this file).
  ...SERVER_ERRORS,
  ...SIARD_DB_ERRORS,
  ...TOOLKIT_ERRORS,
  ...CONSORTIUM_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Codes that once existed and must never be reused. */
export const RETIRED_CODES: readonly string[] = [];

export type Lang = 'sv' | 'en';

function fill(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%s/g, () => String(args[i++] ?? ''));
}

export class ArchiveError extends Error {
  readonly code: ErrorCode;
  readonly args: readonly (string | number)[];
  readonly httpStatus: number;
  readonly exitCode: 1 | 2;

  constructor(code: ErrorCode, args: readonly (string | number)[] = [], options?: { cause?: unknown }) {
    const def = ERRORS[code];
    super(fill(def.en, args), options);
    this.name = 'ArchiveError';
    this.code = code;
    this.args = args;
    this.httpStatus = def.httpStatus;
    this.exitCode = def.exitCode;
  }

  localized(lang: Lang): string {
    return fill(ERRORS[this.code][lang], this.args);
  }
}

export function archiveError(code: ErrorCode, ...args: (string | number)[]): ArchiveError {
  return new ArchiveError(code, args);
}

export function isArchiveError(e: unknown): e is ArchiveError {
  return e instanceof ArchiveError;
}
