/**
 * SAMARKIV-SIARD-8 — "Every LOB file a table refers to is present" (siard-requirements.ts).
 *
 * Reports the 'lobPresence' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_8 = insideCheck('SAMARKIV-SIARD-8', 'lobPresence');
