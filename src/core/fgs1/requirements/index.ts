/**
 * samarkiv's requirements for legacy FGS Paketstruktur 1.x packages (profile fgs-1), in report
 * order. IDs are samarkiv's own (FGS1-<AREA>-<n>), documented in docs/fgs1.md, never reused.
 */
import type { Requirement } from '../../validation/requirement.ts';
import { FGS1_EXTENSION } from './extension.ts';
import { FGS1_FILES } from './files.ts';
import { FGS1_HEADER } from './header.ts';
import { FGS1_METS_ROOT } from './mets-root.ts';
import { FGS1_STRUCTURE } from './structure.ts';
import { FGS1_VALIDITY } from './validity.ts';

export const FGS1_REQUIREMENTS: readonly Requirement[] = [
  ...FGS1_STRUCTURE,
  ...FGS1_METS_ROOT,
  ...FGS1_HEADER,
  ...FGS1_EXTENSION,
  ...FGS1_FILES,
  ...FGS1_VALIDITY,
];
