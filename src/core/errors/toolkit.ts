/** Coded errors of the producers' toolkit (ERMS packages, generators). Documented in docs/errors.md. */
import { define } from './define.ts';

export const TOOLKIT_ERRORS = {
  ARC_ERR_ERMS_SCHEMA_INVALID: define(
    'ARC_ERR_ERMS_SCHEMA_INVALID',
    'The ERMS file does not match the CITS ERMS %s schema: %s',
    'ERMS-filen stämmer inte med schemat för CITS ERMS %s: %s',
    422,
    2,
  ),
  ARC_ERR_ERMS_RULES_FAILED: define(
    'ARC_ERR_ERMS_RULES_FAILED',
    'The ERMS file breaks CITS ERMS rules an archive checks: %s',
    'ERMS-filen bryter mot CITS ERMS-regler som arkivet kontrollerar: %s',
    422,
    2,
  ),
  ARC_ERR_ERMS_DOCUMENTS_MISMATCH: define(
    'ARC_ERR_ERMS_DOCUMENTS_MISMATCH',
    'The export is incomplete, nothing was written: %s',
    'Exporten är ofullständig, inget skrevs: %s',
    422,
    2,
  ),
  ARC_ERR_ERMS_VERSION_UNKNOWN: define(
    'ARC_ERR_ERMS_VERSION_UNKNOWN',
    'Unknown CITS ERMS version %s (2.1 or 3.0)',
    'Okänd CITS ERMS-version %s (2.1 eller 3.0)',
    400,
    2,
  ),
  ARC_ERR_GENERATE_OPTION: define(
    'ARC_ERR_GENERATE_OPTION',
    'Invalid generator option: %s',
    'Ogiltigt val för generatorn: %s',
    400,
    2,
  ),
} as const;
