/**
 * libxml2 stores an element's line number in 16 bits, so every validation error past line 65,535
 * reports 65535, even with XML_PARSE_BIG_LINES (which only helps xmlGetLineNo, and libxml2-wasm
 * does not expose that). The errors still name their node by path in xmlGetNodePath syntax (such
 * as `/m:mets/m:fileSec/m:fileGrp/m:file[70000]`), so one streaming pass over the document finds
 * the real lines. A 100,000-file METS has over 100,000 lines, so this is no corner case.
 */
import { SaxesParser } from 'saxes';
import { createXmlDecoder } from '../../core/package/xml-decoder.ts';

export const CAPPED_LINE = 65535;

const CHUNK = 1 << 20;
const STEP = /^([^[\]]+)(?:\[(\d+)\])?$/;

/** A trie of the wanted paths; a step key is `name#index`, as xmlGetNodePath counts. */
interface Trie {
  readonly children: Map<string, Trie>;
  path?: string;
}

function buildTrie(paths: Iterable<string>): Trie {
  const root: Trie = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path.split('/').slice(1)) {
      const m = STEP.exec(step);
      // Attribute or text steps (@SIZE, text()) belong to the element before them.
      if (!m || step.startsWith('@') || step.endsWith('()')) break;
      const key = `${m[1]}#${m[2] ?? 1}`;
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.path ??= path;
  }
  return root;
}

interface Frame {
  readonly node: Trie | undefined;
  elements: number;
  readonly byName: Map<string, number>;
}

/**
 * The line of each element a path names, as libxml2 counts lines: the line where its start tag
 * ends. xmlGetNodePath writes `*` for an element in a default namespace and numbers it among all
 * its element siblings; any other element it names `prefix:local` and numbers among its namesakes.
 */
export function linesOfPaths(bytes: Uint8Array, paths: Iterable<string>): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Frame[] = [{ node: buildTrie(paths), elements: 0, byName: new Map() }];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    let node: Trie | undefined;
    if (parent?.node) {
      parent.elements++;
      const qname = tag.prefix ? `${tag.prefix}:${tag.local}` : tag.local;
      const named = (parent.byName.get(qname) ?? 0) + 1;
      parent.byName.set(qname, named);
      const key = !tag.prefix && tag.uri ? `*#${parent.elements}` : `${qname}#${named}`;
      node = parent.node.children.get(key);
      if (node?.path !== undefined) found.set(node.path, parser.line);
    }
    if (tag.isSelfClosing) return;
    stack.push({ node: node?.children.size ? node : undefined, elements: 0, byName: new Map() });
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const decoder = createXmlDecoder();
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(offset, offset + CHUNK)));
    }
    parser.write(decoder.flush()).close();
  } catch {
    // libxml2 accepted the document, so this is a corner where the two parsers disagree: keep the
    // lines found so far and let the other errors keep their capped line.
  }
  return found;
}
