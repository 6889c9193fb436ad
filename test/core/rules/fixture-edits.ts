/**
 * Edits of the valid fixture (test/support/fixture-package.ts) shared by the case files. Every edit
 * throws when its target is absent, so a fixture change cannot silently flip a case.
 */
import type { ProfileId } from '../../../src/core/validation/profiles.ts';
import type { Outcome } from '../../support/check-rule.ts';
import type { FileTree } from '../../support/fixture-package.ts';
import type { RuleCase } from '../../support/rule-case.ts';

export type Edit = (xml: string) => string;
export type Fixture = NonNullable<RuleCase['fixture']>;

/** The E-ARK profiles the valid fixture is built for, for cases that hold in all of them. */
export const ALL: readonly ProfileId[] = ['csip-2.1', 'csip-2.2', 'sip-2.1', 'sip-2.2', 'aip-2.2', 'dip-2.2'];

/**
 * A list of cases and the function that adds one: the same case once per profile given
 * (csip-2.2 unless told).
 */
export function caseList(): {
  cases: RuleCase[];
  add: (
    id: string,
    name: string,
    expect: Outcome,
    fixture?: Fixture,
    profiles?: readonly ProfileId[],
  ) => void;
} {
  const cases: RuleCase[] = [];
  const add = (
    id: string,
    name: string,
    expect: Outcome,
    fixture?: Fixture,
    profiles: readonly ProfileId[] = ['csip-2.2'],
  ): void => {
    for (const profile of profiles)
      cases.push({ id, name, profile, expect, ...(fixture ? { fixture } : {}) });
  };
  return { cases, add };
}

/** A package without METS.xml. */
export const NO_METS: Fixture = { files: (f) => void f.delete('METS.xml') };

/** Replaces the first match (or every match of a global RegExp); throws when nothing changes. */
export function edit(from: string | RegExp, to: string | ((...m: string[]) => string)): Edit {
  return (xml) => {
    const out = typeof to === 'string' ? xml.replace(from, to) : xml.replace(from, to);
    if (out === xml) throw new Error(`fixture edit did not apply: ${String(from)}`);
    return out;
  };
}

export function chain(...edits: Edit[]): Edit {
  return (xml) => edits.reduce((x, e) => e(x), xml);
}

/** Moves a file of the tree; throws when it is not there. */
export function move(files: FileTree, from: string, to: string): void {
  const bytes = files.get(from);
  if (!bytes) throw new Error(`fixture has no ${from}`);
  files.delete(from);
  files.set(to, bytes);
}

/** Removes every file under a folder; throws when there is none. */
export function removeUnder(files: FileTree, folder: string): void {
  const paths = [...files.keys()].filter((p) => p.startsWith(`${folder}/`));
  if (paths.length === 0) throw new Error(`fixture has nothing under ${folder}/`);
  for (const path of paths) files.delete(path);
}

/** Combines fixtures: their METS edits and file edits run in the order given. */
export function merge(...parts: Fixture[]): Fixture {
  const rootEdits = parts.flatMap((p) => (p.rootMets ? [p.rootMets] : []));
  const repEdits = parts.flatMap((p) => (p.repMets ? [p.repMets] : []));
  const fileEdits = parts.flatMap((p) => (p.files ? [p.files] : []));
  return Object.assign(
    {},
    ...parts,
    rootEdits.length > 0 ? { rootMets: chain(...rootEdits) } : {},
    repEdits.length > 0 ? { repMets: chain(...repEdits) } : {},
    fileEdits.length > 0 ? { files: (f: FileTree) => fileEdits.forEach((e) => e(f)) } : {},
  ) as Fixture;
}

// --- the representation METS's metadata (its amdSec, Metadata division and metadata/ folder) ----

export const REP_AMDSEC = /\s*<mets:amdSec ID="rep-amd-1">[\s\S]*?<\/mets:amdSec>/;
export const REP_DIGIPROV = /<mets:digiprovMD ID="rep-digiprov-premis"[\s\S]*?<\/mets:digiprovMD>/;
export const REP_METADATA_DIV = /\s*<mets:div ID="rep-div-metadata" LABEL="Metadata"[^>]*\/>/;
export const REP_METADATA_FOLDER = 'representations/rep1/metadata';

/** The representation METS without amdSec and Metadata division, and without its metadata folder. */
export const REP_WITHOUT_METADATA: Fixture = {
  repMets: chain(edit(REP_AMDSEC, ''), edit(REP_METADATA_DIV, '')),
  files: (f) => removeUnder(f, REP_METADATA_FOLDER),
};

/** The representation METS keeps its amdSec and metadata folder but loses its Metadata division. */
export const REP_WITHOUT_METADATA_DIV: Fixture = { repMets: edit(REP_METADATA_DIV, '') };
