/** An FGS1 rule case as data: the requirement, how to build (or break) the 1.x fixture, the outcome. */
import type { Outcome } from '../../support/check-rule.ts';
import type { Fgs1ContextOptions } from './fixture.ts';

export interface Fgs1Case {
  readonly id: string;
  /** Says what the case proves; starts with pass-/fail-/na-. */
  readonly name: string;
  readonly expect: Outcome;
  readonly fixture?: Fgs1ContextOptions;
}

export function pass(id: string, name: string, fixture?: Fgs1ContextOptions): Fgs1Case {
  return { id, name, expect: 'passed', ...(fixture ? { fixture } : {}) };
}

export function fail(id: string, name: string, fixture: Fgs1ContextOptions): Fgs1Case {
  return { id, name, expect: 'failed', fixture };
}

export function na(id: string, name: string, fixture?: Fgs1ContextOptions): Fgs1Case {
  return { id, name, expect: 'not-applicable', ...(fixture ? { fixture } : {}) };
}

/** Moves a file of the tree. */
export function move(from: string, to: string): Fgs1ContextOptions['files'] {
  return (files) => {
    const bytes = files.get(from);
    if (!bytes) throw new Error(`fixture has no ${from}`);
    files.delete(from);
    files.set(to, bytes);
  };
}
