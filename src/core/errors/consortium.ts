/** Coded errors of the consortium: inventory, plan, forecasts, economy, yearly report. Documented in docs/errors.md. */
export const CONSORTIUM_ERRORS = {} as const;
