/**
 * SAMARKIV-SIARD-7 — "The number of rows of every table equals its rows in metadata.xml" (siard-requirements.ts).
 *
 * Reports the 'rows' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_7 = insideCheck('SAMARKIV-SIARD-7', 'rows');
