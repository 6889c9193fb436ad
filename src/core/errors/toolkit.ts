/** Coded errors of the producers' toolkit (ERMS packages, generators). Documented in docs/errors.md. */
export const TOOLKIT_ERRORS = {} as const;
