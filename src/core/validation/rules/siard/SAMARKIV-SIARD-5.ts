/**
 * SAMARKIV-SIARD-5 — "Every table XML is valid against its table schema" (siard-requirements.ts).
 *
 * Reports the 'tableSchema' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_5 = insideCheck('SAMARKIV-SIARD-5', 'tableSchema');
