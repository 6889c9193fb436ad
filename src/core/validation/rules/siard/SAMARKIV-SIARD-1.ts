/**
 * SAMARKIV-SIARD-1 — "The SIARD file is a readable ZIP with stored or deflated entries and no encryption" (siard-requirements.ts).
 *
 * Reports the 'zip' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_1 = insideCheck('SAMARKIV-SIARD-1', 'zip');
