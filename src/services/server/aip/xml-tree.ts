/**
 * A small element tree of one metadata document (EAD, PREMIS, CITS ERMS header), built on the
 * house SafeXmlReader (no DTDs, coded errors). For documents the AIP reader needs whole and that
 * stay small; METS, which grows with the file count, goes through the streaming METS parser.
 */
import { ArchiveError } from '../../../core/errors.ts';
import { SafeXmlReader, type SafeXmlHandlers } from '../../../core/package/safe-xml-reader.ts';

export interface XmlNode {
  readonly ns: string;
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

/** Largest document read whole (a metadata file beyond this is not a description but content). */
export const MAX_TREE_BYTES = 64 * 1024 * 1024;

function nodeOf(tag: Parameters<SafeXmlHandlers['open']>[0]): XmlNode {
  const attrs: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
  return { ns: tag.uri, name: tag.local, attrs, children: [], text: '' };
}

export async function parseXmlTree(path: string, chunks: AsyncIterable<Uint8Array>): Promise<XmlNode> {
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const reader = new SafeXmlReader(path, {
    open(tag) {
      const node = nodeOf(tag);
      stack[stack.length - 1]?.children.push(node);
      root ??= node;
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  });
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > MAX_TREE_BYTES) throw new ArchiveError('ARC_ERR_AIP_UNREADABLE', [`${path}: too large`]);
    reader.write(chunk);
  }
  reader.end();
  if (!root) throw new ArchiveError('ARC_ERR_AIP_UNREADABLE', [`${path}: empty`]);
  return root;
}

/**
 * Only the elements named `record` (with their subtrees), streamed from a document of any size:
 * PREMIS files that list one object per file grow with the file count (50,000 files make more
 * than MAX_TREE_BYTES), while each object stays small.
 */
export async function parseXmlRecords(
  path: string,
  chunks: AsyncIterable<Uint8Array>,
  record: string,
): Promise<XmlNode[]> {
  const records: XmlNode[] = [];
  const stack: XmlNode[] = [];
  const reader = new SafeXmlReader(path, {
    open(tag) {
      if (stack.length === 0 && tag.local !== record) return;
      const node = nodeOf(tag);
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    },
    close() {
      const node = stack.pop();
      if (node && stack.length === 0) records.push(node);
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  });
  for await (const chunk of chunks) reader.write(chunk);
  reader.end();
  return records;
}

/** Children with a local name, anywhere below `node` (depth first). */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode): void => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Text of the first element at a path of local names below `node`, trimmed; '' when absent. */
export function textAt(node: XmlNode, ...path: string[]): string {
  let n: XmlNode | undefined = node;
  for (const name of path) n = n ? child(n, name) : undefined;
  return n ? allText(n) : '';
}

/** The element's text with its descendants' text, whitespace collapsed. */
export function allText(node: XmlNode): string {
  const parts: string[] = [];
  const visit = (n: XmlNode): void => {
    parts.push(n.text);
    for (const c of n.children) visit(c);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
