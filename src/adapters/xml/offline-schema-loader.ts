/**
 * Keeps libxml2 off the network: an input provider that serves schema documents only from
 * schemas/ (remote schemaLocations are mapped by REMOTE_SCHEMA_LOCATIONS) and refuses everything
 * else, so no schema we compile can pull in a file or URL we did not ship.
 *
 * libxml2 input providers are process-global and tried newest first, and when a provider's open
 * fails libxml2 quietly moves on to the next one, and a failed xs:import is only a warning. So a
 * refusal here is not a failed open: it opens a handle whose reads fail, which makes the load a hard
 * error, and the name is recorded so that the compile is rejected with ARC_ERR_SCHEMA_LOAD.
 *
 * While one of our schemas compiles, the provider claims every name; otherwise it claims only
 * network URLs, leaving other code in the process free to register its own providers for files.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xmlRegisterInputProvider, type XmlInputProvider } from 'libxml2-wasm';
import { ArchiveError } from '../../core/errors.ts';
import { REMOTE_SCHEMA_LOCATIONS, SCHEMA_DIR } from './schema-catalog.ts';

interface OpenFile {
  readonly bytes: Uint8Array;
  offset: number;
}

/** Open handles; null marks a refused load, whose reads fail. */
const handles = new Map<number, OpenFile | null>();
let nextHandle = 1;
let registered = false;
let compiling = false;
const refused: string[] = [];

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isNetworkName(name: string): boolean {
  return URL_SCHEME.test(name) && !name.startsWith('file:');
}

/** The shipped file a schema name stands for, or undefined if it is not ours to serve. */
export function resolveSchemaFile(name: string): string | undefined {
  const mapped = REMOTE_SCHEMA_LOCATIONS[name];
  if (mapped !== undefined) return join(SCHEMA_DIR, mapped);
  let path: string;
  if (name.startsWith('file:')) {
    try {
      path = fileURLToPath(name);
    } catch {
      return undefined;
    }
  } else if (!URL_SCHEME.test(name) && isAbsolute(name)) {
    path = resolve(name);
  } else {
    return undefined;
  }
  const inside = relative(SCHEMA_DIR, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) && path.endsWith('.xsd')
    ? path
    : undefined;
}

function refuse(name: string, reason: string): number {
  if (compiling) refused.push(`${name} (${reason})`);
  const handle = nextHandle++;
  handles.set(handle, null);
  return handle;
}

const provider: XmlInputProvider = {
  match: (name) => compiling || isNetworkName(name),
  open: (name) => {
    const file = resolveSchemaFile(name);
    if (file === undefined) return refuse(name, 'not a shipped schema');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return refuse(name, (e as NodeJS.ErrnoException).code ?? 'unreadable');
    }
    const handle = nextHandle++;
    handles.set(handle, { bytes, offset: 0 });
    return handle;
  },
  read: (handle, buffer) => {
    const open = handles.get(handle);
    if (!open) return -1;
    const n = Math.min(buffer.byteLength, open.bytes.byteLength - open.offset);
    buffer.set(open.bytes.subarray(open.offset, open.offset + n));
    open.offset += n;
    return n;
  },
  close: (handle) => handles.delete(handle),
};

/**
 * Runs a schema compile with every load routed through the provider. Throws ARC_ERR_SCHEMA_LOAD
 * naming the refused loads, if there were any, even when libxml2 itself carried on.
 */
export function compileOffline<T extends Disposable>(label: string, compile: () => T): T {
  if (!registered) {
    if (!xmlRegisterInputProvider(provider)) {
      throw new ArchiveError('ARC_ERR_SCHEMA_LOAD', [`${label}: libxml2 has no room for an input provider`]);
    }
    registered = true;
  }
  compiling = true;
  refused.length = 0;
  let result: T;
  try {
    result = compile();
  } catch (e) {
    if (refused.length === 0) throw e;
    throw new ArchiveError('ARC_ERR_SCHEMA_LOAD', [`${label}: refused ${refused.join(', ')}`], { cause: e });
  } finally {
    compiling = false;
  }
  if (refused.length > 0) {
    result[Symbol.dispose]();
    throw new ArchiveError('ARC_ERR_SCHEMA_LOAD', [`${label}: refused ${refused.join(', ')}`]);
  }
  return result;
}
