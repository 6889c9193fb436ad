/**
 * SAMARKIV-SIARD-4 — "Every table in metadata.xml has its table XML and table schema, and no table is undescribed" (siard-requirements.ts).
 *
 * Reports the 'tables' check of the SIARD analyzer (src/adapters/siard/) for every .siard file.
 */
import { insideCheck } from './inside-check.ts';

export const SAMARKIV_SIARD_4 = insideCheck('SAMARKIV-SIARD-4', 'tables');
