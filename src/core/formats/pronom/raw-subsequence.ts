/**
 * Turns a <SubSequence> as written in the signature files (an anchor <Sequence> with numbered
 * <LeftFragment>/<RightFragment> alternatives and gaps) into one linear pattern of elements.
 *
 * A fragment's MinOffset/MaxOffset is the gap between it and its neighbour nearer the anchor;
 * fragments sharing a Position are alternatives. A container <Sequence> may itself contain `*`;
 * each extra part becomes a subsequence of its own that only has to follow the previous one.
 */
import { parseBoundedPattern, parsePattern } from './pattern-syntax.ts';
import type { Element, SubSequence } from './signature-model.ts';

export interface RawFragment {
  readonly position: number;
  readonly minOffset: number;
  readonly maxOffset: number;
  readonly text: string;
}

export interface RawSubsequence {
  readonly position: number;
  readonly minOffset: number;
  /** Absent in the file: DROID then uses minOffset (and the search is unbounded anyway). */
  readonly maxOffset: number | null;
  readonly sequence: string;
  readonly left: readonly RawFragment[];
  readonly right: readonly RawFragment[];
}

function byPosition(frags: readonly RawFragment[]): RawFragment[][] {
  const groups = new Map<number, RawFragment[]>();
  for (const f of frags) groups.set(f.position, [...(groups.get(f.position) ?? []), f]);
  return [...groups.keys()].sort((a, b) => a - b).map((p) => groups.get(p) as RawFragment[]);
}

function gap(min: number, max: number): Element[] {
  return min === 0 && max === 0 ? [] : [{ kind: 'gap', min, max: Math.max(min, max) }];
}

function oneOf(options: Element[][]): Element[] {
  return options.length === 1 ? (options[0] as Element[]) : [{ kind: 'alt', options }];
}

/** Left fragments, outermost first: each is followed by its gap towards the anchor. */
function leftElements(frags: readonly RawFragment[]): Element[] {
  const out: Element[] = [];
  for (const group of byPosition(frags).reverse()) {
    out.push(...oneOf(group.map((f) => [...parseBoundedPattern(f.text), ...gap(f.minOffset, f.maxOffset)])));
  }
  return out;
}

/** Right fragments, innermost first: each is preceded by its gap from the anchor side. */
function rightElements(frags: readonly RawFragment[]): Element[] {
  const out: Element[] = [];
  for (const group of byPosition(frags)) {
    out.push(...oneOf(group.map((f) => [...gap(f.minOffset, f.maxOffset), ...parseBoundedPattern(f.text)])));
  }
  return out;
}

/** Throws PatternSyntaxError for text it cannot read (the caller skips that signature, as DROID does). */
export function buildSubsequences(raws: readonly RawSubsequence[]): SubSequence[] {
  const out: SubSequence[] = [];
  for (const raw of [...raws].sort((a, b) => a.position - b.position)) {
    const parts = parsePattern(raw.sequence);
    const last = parts.length - 1;
    parts.forEach((part, i) => {
      const elements = [
        ...(i === 0 ? leftElements(raw.left) : []),
        ...part,
        ...(i === last ? rightElements(raw.right) : []),
      ];
      const minOffset = i === 0 ? raw.minOffset : 0;
      const maxOffset = i === 0 ? Math.max(raw.maxOffset ?? raw.minOffset, raw.minOffset) : 0;
      out.push({ minOffset, maxOffset, elements });
    });
  }
  return out;
}
