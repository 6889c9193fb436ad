/** Coded errors of the archive service (API, login, deliveries, storage, jobs). Documented in docs/errors.md. */
import { define } from './define.ts';

export const SERVER_ERRORS = {
  ARC_ERR_DB_URL: define(
    'ARC_ERR_DB_URL',
    'Unsupported database URL (expected sqlite:<file> or postgres://…): %s',
    'Databasadressen stöds inte (förväntade sqlite:<fil> eller postgres://…): %s',
    500,
    2,
  ),
  ARC_ERR_DB_MIGRATION: define(
    'ARC_ERR_DB_MIGRATION',
    'Database migration failed: %s',
    'Databasmigreringen misslyckades: %s',
    500,
    2,
  ),
  ARC_ERR_AUTH_REQUIRED: define(
    'ARC_ERR_AUTH_REQUIRED',
    'Log in first (session cookie or API token)',
    'Logga in först (sessionskaka eller API-nyckel)',
    401,
    2,
  ),
  ARC_ERR_AUTH_FAILED: define(
    'ARC_ERR_AUTH_FAILED',
    'Wrong user name or password',
    'Fel användarnamn eller lösenord',
    401,
    2,
  ),
  ARC_ERR_FORBIDDEN: define(
    'ARC_ERR_FORBIDDEN',
    'Your roles do not allow this: %s',
    'Dina roller tillåter inte detta: %s',
    403,
    2,
  ),
  ARC_ERR_CSRF: define(
    'ARC_ERR_CSRF',
    'Missing or wrong CSRF token (send the x-csrf-token header from /api/session)',
    'CSRF-token saknas eller är fel (skicka huvudet x-csrf-token från /api/session)',
    403,
    2,
  ),
  ARC_ERR_RATE_LIMITED: define(
    'ARC_ERR_RATE_LIMITED',
    'Too many attempts; try again in %s',
    'För många försök; försök igen om %s',
    429,
    2,
  ),
  ARC_ERR_NOT_FOUND: define('ARC_ERR_NOT_FOUND', 'Not found: %s', 'Hittades inte: %s', 404, 2),
  ARC_ERR_REQUEST_INVALID: define(
    'ARC_ERR_REQUEST_INVALID',
    'Invalid request: %s',
    'Ogiltig begäran: %s',
    400,
    2,
  ),
  ARC_ERR_PHASE_TRANSITION: define(
    'ARC_ERR_PHASE_TRANSITION',
    'A delivery project cannot go from phase %s to %s',
    'Ett leveransprojekt kan inte gå från fas %s till %s',
    409,
    2,
  ),
  ARC_ERR_INTERNAL: define(
    'ARC_ERR_INTERNAL',
    'Internal error (request %s); the server log has the details',
    'Internt fel (begäran %s); serverloggen har detaljerna',
    500,
    2,
  ),
  ARC_ERR_CONFLICT: define('ARC_ERR_CONFLICT', 'Conflict: %s', 'Konflikt: %s', 409, 2),
} as const;
