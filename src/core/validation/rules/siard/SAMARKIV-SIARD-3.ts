/**
 * SAMARKIV-SIARD-3 — "metadata.xml is valid against the SIARD metadata schema of its version" (siard-requirements.ts).
 *
 * Reports the 'metadata' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_3 = insideCheck('SAMARKIV-SIARD-3', 'metadata');
