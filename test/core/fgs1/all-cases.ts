/** Every FGS1 rule case. Each FGS1 requirement can fail, so there is no list of reasons it cannot. */
import type { Fgs1Case } from './case.ts';
import { FILE_CASES } from './files.cases.ts';
import { HEADER_CASES } from './header.cases.ts';
import { STRUCTURE_CASES } from './structure.cases.ts';

export const FGS1_CASES: readonly Fgs1Case[] = [...STRUCTURE_CASES, ...HEADER_CASES, ...FILE_CASES];
