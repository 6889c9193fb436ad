/**
 * Streaming CITS ERMS reader: bytes in, ErmsFacts out, in one pass with saxes and without a DOM.
 * It keeps the objectIds, parentAggregationIds and appendix paths the SAMARKIV-ERMS checks compare,
 * and runs the Schematron rules of both versions (schematron-rules.ts) as the elements stream by.
 * XML safety as in the METS parser: any DOCTYPE is refused, undefined entities are errors, nesting
 * depth is bounded. Problems are ArchiveErrors (ARC_ERR_XML_*), thrown from write() or end().
 */
import type { SaxesTagNS } from 'saxes';
import { ArchiveError } from '../errors.ts';
import { SafeXmlReader } from '../package/safe-xml-reader.ts';
import {
  ERMS_NS,
  ERMS_VERSIONS,
  type DuplicateObjectId,
  type ErmsFacts,
  type ErmsObjectKind,
  type ErmsVersion,
  type FileReference,
  type ObjectIdOccurrence,
  type ParentReference,
  type SchematronFailure,
} from './erms-facts.ts';
import {
  firingRule,
  SCHEMATRON_RULE_INDEX,
  type NoNsAttrs,
  type SchematronRule,
} from './schematron-rules.ts';

const MAX_DEPTH = 256;
/** Schematron failures kept per version; the total is always counted. */
export const MAX_KEPT_FAILURES = 1000;

interface Frame {
  readonly uri: string;
  readonly local: string;
  /** Line of the start tag: where a finding about this element points. */
  readonly line: number;
  ermsChildren: number;
  /** Rules decided when the element closes (count of children), per version; mostly none. */
  pending: [ErmsVersion, SchematronRule][] | null;
  /** Text collected for objectId / parentAggregationId. */
  text: string[] | null;
}

interface Owner {
  readonly kind: ErmsObjectKind;
  objectId: string | null;
}

const NO_ATTRS: NoNsAttrs = Object.freeze({});

/** Attributes without a namespace (the only ones an XPath `@name` matches), by local name. */
function noNamespaceAttrs(tag: SaxesTagNS): NoNsAttrs {
  let out: Record<string, string> | null = null;
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (!a || a.prefix === 'xmlns' || a.name === 'xmlns' || a.uri) continue;
    (out ??= {})[a.local] = a.value;
  }
  return out ?? NO_ATTRS;
}

/**
 * A copy of a string the reader keeps. V8 makes a substring of 13 or more characters a view into
 * the string it was cut from, here one of saxes's 64 KiB chunks: keeping the identifiers and paths
 * of 100,000 documents as views kept nearly every chunk of the file alive, and the young
 * generation copied them all on their way to the old one (docs/adr/0014).
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export class ErmsReader {
  private readonly reader: SafeXmlReader;
  private readonly stack: Frame[] = [];
  private readonly owners: Owner[] = [];
  private rootNamespace = '';
  private rootLocalName = '';
  private rootSeen = false;
  private aggregations = 0;
  private records = 0;
  private readonly objectIds = new Map<string, ObjectIdOccurrence>();
  private readonly duplicates: DuplicateObjectId[] = [];
  private readonly parents: ParentReference[] = [];
  private readonly files: FileReference[] = [];
  private readonly schematron: Record<ErmsVersion, { failures: SchematronFailure[]; total: number }> = {
    '2.1': { failures: [], total: 0 },
    '3.0': { failures: [], total: 0 },
  };

  constructor(readonly path: string) {
    this.reader = new SafeXmlReader(path, {
      open: (tag) => this.open(tag),
      close: () => this.close(),
      text: (t) => this.text(t),
    });
  }

  write(chunk: Uint8Array): void {
    this.reader.write(chunk);
  }

  end(): ErmsFacts {
    this.reader.end();
    return {
      rootNamespace: this.rootNamespace,
      rootLocalName: this.rootLocalName,
      objectIds: this.objectIds,
      duplicateObjectIds: this.duplicates,
      parentReferences: this.parents,
      fileReferences: this.files,
      schematron: this.schematron,
      aggregations: this.aggregations,
      records: this.records,
    };
  }

  private text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.text) top.text.push(t);
  }

  private open(tag: SaxesTagNS): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.reader.fail(new ArchiveError('ARC_ERR_XML_TOO_DEEP', [`${this.path}:${this.reader.line}`]));
      return;
    }
    const line = this.reader.line;
    const parent = this.stack[this.stack.length - 1];
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.rootNamespace = tag.uri;
      this.rootLocalName = tag.local;
    }
    const attrs = noNamespaceAttrs(tag);
    const frame: Frame = { uri: tag.uri, local: tag.local, line, ermsChildren: 0, pending: null, text: null };
    this.runSchematron(frame, attrs, line);
    if (tag.uri === ERMS_NS) {
      if (parent) parent.ermsChildren++;
      this.collect(frame, parent, attrs, line);
    }
    this.stack.push(frame);
  }

  /** Decides the attribute rules now; keeps the child-count rules for close(). */
  private runSchematron(frame: Frame, attrs: NoNsAttrs, line: number): void {
    for (const version of ERMS_VERSIONS) {
      const rule = firingRule(SCHEMATRON_RULE_INDEX[version], frame.uri, frame.local, attrs);
      if (!rule) continue;
      if (rule.on === 'ermsChildren') (frame.pending ??= []).push([version, rule]);
      else if (!rule.holds(attrs, 0)) this.schematronFailure(version, rule, frame.local, line);
    }
  }

  private schematronFailure(version: ErmsVersion, rule: SchematronRule, element: string, line: number): void {
    const outcome = this.schematron[version];
    outcome.total++;
    if (outcome.failures.length < MAX_KEPT_FAILURES) {
      outcome.failures.push({ ruleId: rule.id, element, line, message: rule.message });
    }
  }

  /** Records what the checks compare: objects, their ids and parents, and file references. */
  private collect(frame: Frame, parent: Frame | undefined, attrs: NoNsAttrs, line: number): void {
    switch (frame.local) {
      case 'aggregation':
      case 'record':
        if (frame.local === 'aggregation') this.aggregations++;
        else this.records++;
        this.owners.push({ kind: frame.local, objectId: null });
        return;
      case 'objectId':
      case 'parentAggregationId':
        if (parent?.uri === ERMS_NS && (parent.local === 'aggregation' || parent.local === 'record'))
          frame.text = [];
        return;
      case 'appendix':
      case 'agentExtendingAppendix': {
        const path = attrs['path'];
        // A constant, not the parser's name string, which may be a view into its chunk (detached).
        const element = frame.local === 'appendix' ? 'appendix' : 'agentExtendingAppendix';
        if (path !== undefined) this.files.push({ path: detached(path), element, line });
        return;
      }
    }
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    for (const [version, rule] of frame.pending ?? []) {
      if (!rule.holds({}, frame.ermsChildren)) this.schematronFailure(version, rule, frame.local, frame.line);
    }
    if (frame.uri !== ERMS_NS) return;
    if (frame.local === 'aggregation' || frame.local === 'record') this.owners.pop();
    else if (frame.text) this.closeIdentifier(frame.local, detached(frame.text.join('').trim()), frame.line);
  }

  private closeIdentifier(local: string, value: string, line: number): void {
    const owner = this.owners[this.owners.length - 1];
    if (!owner) return;
    if (local === 'parentAggregationId') {
      this.parents.push({ value, kind: owner.kind, owner: owner.objectId, line });
      return;
    }
    owner.objectId = value;
    const first = this.objectIds.get(value);
    if (first) this.duplicates.push({ value, kind: owner.kind, line, firstLine: first.line });
    else this.objectIds.set(value, { value, kind: owner.kind, line });
  }
}
