/**
 * Collects <InternalSignature> elements (the same shape in both signature files) while the XML
 * streams past: ByteSequence → SubSequence → Sequence / LeftFragment / RightFragment.
 */
import { intAttr } from './signature-xml.ts';
import { PatternSyntaxError } from './pattern-syntax.ts';
import { buildSubsequences, type RawFragment, type RawSubsequence } from './raw-subsequence.ts';
import type { Anchor, ByteSequence, InternalSignature } from './signature-model.ts';

type Attrs = Readonly<Record<string, string>>;

function anchorOf(reference: string | undefined): Anchor {
  if (reference === 'BOFoffset') return 'BOF';
  if (reference === 'EOFoffset') return 'EOF';
  return 'VAR';
}

export class InternalSignatureBuilder {
  private id = 0;
  private sequences: ByteSequence[] = [];
  private anchor: Anchor = 'VAR';
  private subs: RawSubsequence[] = [];
  private sub: { position: number; minOffset: number; maxOffset: number | null; sequence: string } | null =
    null;
  private left: RawFragment[] = [];
  private right: RawFragment[] = [];
  private fragment: Omit<RawFragment, 'text'> | null = null;
  private invalid = false;
  /** Signature IDs skipped because their pattern could not be read. */
  readonly skipped: number[] = [];

  /** Returns true when the element belongs to an internal signature. */
  open(local: string, attrs: Attrs): boolean {
    switch (local) {
      case 'InternalSignature':
        this.id = intAttr(attrs, 'ID', 0);
        this.sequences = [];
        this.invalid = false;
        return true;
      case 'ByteSequence':
        this.anchor = anchorOf(attrs.Reference);
        this.subs = [];
        return true;
      case 'SubSequence':
        this.sub = {
          position: intAttr(attrs, 'Position', this.subs.length + 1),
          minOffset: intAttr(attrs, 'SubSeqMinOffset', 0),
          maxOffset: attrs.SubSeqMaxOffset === undefined ? null : intAttr(attrs, 'SubSeqMaxOffset', 0),
          sequence: '',
        };
        this.left = [];
        this.right = [];
        return true;
      case 'LeftFragment':
      case 'RightFragment':
        this.fragment = {
          position: intAttr(attrs, 'Position', 1),
          minOffset: intAttr(attrs, 'MinOffset', 0),
          maxOffset: intAttr(attrs, 'MaxOffset', 0),
        };
        return true;
      default:
        return false;
    }
  }

  /** Returns the finished signature when `local` closes one (null when it was unreadable). */
  close(local: string, text: string): InternalSignature | null | undefined {
    switch (local) {
      case 'Sequence':
        if (this.sub) this.sub.sequence = text;
        return undefined;
      case 'LeftFragment':
      case 'RightFragment':
        if (this.fragment)
          (local === 'LeftFragment' ? this.left : this.right).push({ ...this.fragment, text });
        this.fragment = null;
        return undefined;
      case 'SubSequence':
        if (this.sub) this.subs.push({ ...this.sub, left: this.left, right: this.right });
        this.sub = null;
        return undefined;
      case 'ByteSequence':
        try {
          this.sequences.push({ anchor: this.anchor, subsequences: buildSubsequences(this.subs) });
        } catch (e) {
          if (!(e instanceof PatternSyntaxError)) throw e;
          this.invalid = true;
        }
        return undefined;
      case 'InternalSignature':
        if (this.invalid || !this.sequences.length) {
          this.skipped.push(this.id);
          return null;
        }
        return { id: this.id, sequences: this.sequences };
      default:
        return undefined;
    }
  }
}
