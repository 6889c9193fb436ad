/**
 * What the SIARD analyzer leaves in ctx.analyses.get('siard') for the SIARD rules: per .siard file,
 * the problems found by each check, capped so that a table with a million bad rows still makes a
 * small report (the total is always kept). Problems carry their message in English and Swedish.
 */
import type { Message } from '../validation/rule.ts';

/** One check inside a .siard file; each is reported by one SAMARKIV-SIARD requirement. */
export const SIARD_CHECKS = [
  'zip', // SAMARKIV-SIARD-1
  'layout', // SAMARKIV-SIARD-2
  'metadata', // SAMARKIV-SIARD-3
  'tables', // SAMARKIV-SIARD-4
  'tableSchema', // SAMARKIV-SIARD-5
  'structure', // SAMARKIV-SIARD-6
  'rows', // SAMARKIV-SIARD-7
  'lobPresence', // SAMARKIV-SIARD-8
  'lobDigest', // SAMARKIV-SIARD-9
] as const;
export type SiardCheck = (typeof SIARD_CHECKS)[number];

export interface SiardProblem {
  readonly message: Message;
  /** Path inside the .siard file ('' for the file itself), or a package path for external LOBs. */
  readonly inner: string;
  readonly line?: number;
}

export interface ProblemList {
  readonly items: readonly SiardProblem[];
  readonly total: number;
}

export interface SiardFileAnalysis {
  /** Package path of the .siard file (for a split file: its name without the _partNNN suffix). */
  readonly path: string;
  /** The parts of a split SIARD file (SIARD_19a), in order; empty for a single file. */
  readonly parts: readonly string[];
  /** `representations/<name>` the file sits in, or null. */
  readonly representation: string | null;
  /** siardArchive/@version, null when metadata.xml could not be read. */
  readonly version: string | null;
  /** Versions named by header/siardversion/<v>/ folders. */
  readonly versionFolders: readonly string[];
  readonly dbname: string | null;
  readonly problems: Readonly<Record<SiardCheck, ProblemList>>;
  /** Checks that could not run, with the reason (the rules report them, never pass them). */
  readonly notChecked: Readonly<Partial<Record<SiardCheck, Message>>>;
  /** Package paths of LOB files stored outside the .siard file that were found (SIARD_22). */
  readonly externalLobs: readonly string[];
  readonly stats: SiardStats;
}

export interface SiardStats {
  readonly tables: number;
  readonly rows: number;
  readonly lobs: number;
  readonly tablesUndescribed: number;
  readonly columns: number;
  readonly columnsUndescribed: number;
  readonly views: number;
}

export interface SiardAnalysis {
  readonly files: readonly SiardFileAnalysis[];
  /** How table XML was validated against its XSD; null when xmllint is not installed. */
  readonly tableValidator: string | null;
}

/** Problems kept per check and file; the rest are counted. */
export const MAX_PROBLEMS = 200;

/** Collects problems per check, keeping the first MAX_PROBLEMS of each. */
export class ProblemCollector {
  private readonly lists = new Map<SiardCheck, { items: SiardProblem[]; total: number }>();

  add(check: SiardCheck, en: string, sv: string, inner: string, line?: number): void {
    let list = this.lists.get(check);
    if (!list) this.lists.set(check, (list = { items: [], total: 0 }));
    list.total++;
    if (list.items.length < MAX_PROBLEMS)
      list.items.push({ message: { en, sv }, inner, ...(line !== undefined ? { line } : {}) });
  }

  /** Counts problems that were found but not kept (an external tool reported only the first ones). */
  countMore(check: SiardCheck, n: number): void {
    if (n <= 0) return;
    const list = this.lists.get(check) ?? { items: [], total: 0 };
    list.total += n;
    this.lists.set(check, list);
  }

  count(check: SiardCheck): number {
    return this.lists.get(check)?.total ?? 0;
  }

  result(): Record<SiardCheck, ProblemList> {
    const out = {} as Record<SiardCheck, ProblemList>;
    for (const check of SIARD_CHECKS) out[check] = this.lists.get(check) ?? { items: [], total: 0 };
    return out;
  }
}
