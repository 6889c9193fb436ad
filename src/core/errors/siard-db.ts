/** Coded errors of SIARD export from and import into databases. Documented in docs/errors.md. */
import { define } from './define.ts';

export const SIARD_DB_ERRORS = {
  ARC_ERR_SIARD_DB_CONNECTION_INVALID: define(
    'ARC_ERR_SIARD_DB_CONNECTION_INVALID',
    'Not a database connection samarkiv understands: %s (use sqlite:<file>, postgres://user@host:port/db or mysql://user@host:port/db)',
    'Ingen databasanslutning som samarkiv förstår: %s (använd sqlite:<fil>, postgres://användare@värd:port/db eller mysql://användare@värd:port/db)',
    400,
    2,
  ),
  ARC_ERR_SIARD_DB_UNREACHABLE: define(
    'ARC_ERR_SIARD_DB_UNREACHABLE',
    'Cannot connect to the database %s: %s',
    'Kan inte ansluta till databasen %s: %s',
    503,
    2,
  ),
  ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED: define(
    'ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED',
    'Column %s has the type %s, which samarkiv cannot write to SIARD; convert the column (or export a view that casts it) to a supported type, see docs/siard.md',
    'Kolumnen %s har typen %s, som samarkiv inte kan skriva till SIARD; konvertera kolumnen (eller exportera en vy som omvandlar den) till en typ som stöds, se docs/siard.md',
    422,
    2,
  ),
  ARC_ERR_SIARD_DB_VALUE_INVALID: define(
    'ARC_ERR_SIARD_DB_VALUE_INVALID',
    'Column %s, row %s: %s',
    'Kolumnen %s, rad %s: %s',
    422,
    2,
  ),
  ARC_ERR_SIARD_DB_QUERY_FAILED: define(
    'ARC_ERR_SIARD_DB_QUERY_FAILED',
    'The database refused %s: %s',
    'Databasen vägrade %s: %s',
    500,
    2,
  ),
  ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY: define(
    'ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY',
    'The import target %s already holds %s; import into an empty database',
    'Importmålet %s innehåller redan %s; importera till en tom databas',
    409,
    2,
  ),
  ARC_ERR_SIARD_FILE_INVALID: define(
    'ARC_ERR_SIARD_FILE_INVALID',
    'The SIARD file %s cannot be imported: %s',
    'SIARD-filen %s kan inte importeras: %s',
    422,
    1,
  ),
} as const;
