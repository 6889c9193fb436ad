/**
 * SAMARKIV-SIARD-2 — "The SIARD file holds only header/ and content/, with header/siardversion/ naming its version" (siard-requirements.ts).
 *
 * Reports the 'layout' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_2 = insideCheck('SAMARKIV-SIARD-2', 'layout');
