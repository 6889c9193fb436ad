/**
 * SAMARKIV-SIARD-6 — "The rows of every table match its columns in metadata.xml" (siard-requirements.ts).
 *
 * Reports the 'structure' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_6 = insideCheck('SAMARKIV-SIARD-6', 'structure');
