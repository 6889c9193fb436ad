/** Coded errors of SIARD export from and import into databases. Documented in docs/errors.md. */
export const SIARD_DB_ERRORS = {} as const;
