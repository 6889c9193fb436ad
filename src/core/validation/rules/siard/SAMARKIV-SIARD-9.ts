/**
 * SAMARKIV-SIARD-9 — "Every LOB file has the length and message digest its table gives" (siard-requirements.ts).
 *
 * Reports the 'lobDigest' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_9 = insideCheck('SAMARKIV-SIARD-9', 'lobDigest');
