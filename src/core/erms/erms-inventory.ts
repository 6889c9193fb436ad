/**
 * Before an ERMS package is built: do the documents folder and the ERMS file agree? Every
 * appendix/@path must name a file of the folder, and every file of the folder must be named by an
 * appendix. Paths are resolved exactly as delivery control resolves them later (erms-paths.ts,
 * relative to the representation's data folder, where the folder's files will lie), so a package
 * that passes this comparison passes SAMARKIV-ERMS-4 and SAMARKIV-ERMS-5.
 */
import { appendixCandidates } from './erms-paths.ts';
import type { FileReference } from './erms-facts.ts';

/** A reference that names no file of the documents folder. */
export interface UnresolvedReference extends FileReference {
  /** Where it was looked for, relative to the documents folder; null when it names no local path. */
  readonly expected: string | null;
}

export interface DocumentInventory {
  /** Documents folder paths named by at least one reference. */
  readonly referenced: ReadonlySet<string>;
  readonly missing: readonly UnresolvedReference[];
  /** Documents folder paths no reference names, sorted. */
  readonly unreferenced: readonly string[];
}

/** The representation folder and ERMS location the built package uses (create-erms-sip.ts). */
export const ERMS_REPRESENTATION = 'representations/rep1';
export const ERMS_PACKAGE_PATH = `${ERMS_REPRESENTATION}/metadata/descriptive/erms.xml`;

const DATA = `${ERMS_REPRESENTATION}/data/`;

/** The documents-folder paths `written` may stand for, in the order delivery control tries them. */
function localCandidates(written: string): string[] {
  const { candidates } = appendixCandidates(written, ERMS_REPRESENTATION, ERMS_PACKAGE_PATH);
  return candidates.filter((c) => c.startsWith(DATA)).map((c) => c.slice(DATA.length));
}

export function compareDocuments(
  references: readonly FileReference[],
  documents: readonly string[],
): DocumentInventory {
  const available = new Set(documents);
  const referenced = new Set<string>();
  const missing: UnresolvedReference[] = [];
  for (const ref of references) {
    const local = localCandidates(ref.path);
    const hit = local.find((p) => available.has(p));
    if (hit !== undefined) referenced.add(hit);
    else missing.push({ ...ref, expected: local[0] ?? null });
  }
  const unreferenced = documents.filter((p) => !referenced.has(p)).sort();
  return { referenced, missing, unreferenced };
}

/** Lines listed in an error message; a longer list is cut with a count of the rest. */
export const MAX_LISTED = 200;

/** One line per problem, in the order a producer fixes them: missing first, then unreferenced. */
export function describeInventory(inv: DocumentInventory, documentsFolder: string): string[] {
  const lines: string[] = [];
  for (const m of inv.missing) {
    const where =
      m.expected === null
        ? 'it is not a path inside the documents folder'
        : `expected ${documentsFolder}/${m.expected}`;
    lines.push(`missing: ${m.element}/@path "${m.path}" (ERMS line ${m.line}): ${where}`);
  }
  for (const p of inv.unreferenced) lines.push(`not referred to by the ERMS file: ${documentsFolder}/${p}`);
  return lines;
}

/** Joins problem lines for one message, cut after MAX_LISTED. */
export function listForMessage(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LISTED);
  const more = lines.length - shown.length;
  return `${lines.length} problem${lines.length === 1 ? '' : 's'}:\n  ${shown.join('\n  ')}${more > 0 ? `\n  … and ${more} more` : ''}`;
}
