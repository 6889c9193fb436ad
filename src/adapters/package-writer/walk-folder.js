// Walks a folder for packing, depth first in byte order of the names, with one lstat per entry.
// Plain JavaScript so that a worker thread (list-worker.js) can run it without tsx; list-folder.ts
// runs the same walk on the main thread and turns its refusals into coded errors.
import { Buffer } from 'node:buffer';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What must not go into a package: `kind` is link, special, bad-name or read (a folder unreadable). */
export class WalkRefusal extends Error {
  constructor(kind, path, cause) {
    super(`${kind}: ${path}`, cause ? { cause } : undefined);
    this.kind = kind;
    this.path = path;
  }
}

/** Every regular file under `root`: paths relative to it (POSIX), sizes and mtimes in ms. */
export function walkFolder(root) {
  const paths = [];
  const sizes = [];
  const mtimes = [];
  const walk = (absDir, relDir) => {
    let names;
    try {
      names = readdirSync(absDir, { encoding: 'buffer' }).sort(Buffer.compare);
    } catch (e) {
      throw new WalkRefusal('read', absDir, e);
    }
    for (const raw of names) {
      let name;
      try {
        name = strictUtf8.decode(raw);
      } catch {
        throw new WalkRefusal('bad-name', `${relDir || '.'}/${raw.toString('latin1')}`);
      }
      const rel = relDir ? `${relDir}/${name}` : name;
      const abs = join(absDir, name);
      const s = lstatSync(abs);
      if (s.isSymbolicLink()) throw new WalkRefusal('link', rel);
      if (s.isDirectory()) walk(abs, rel);
      else if (s.isFile()) {
        paths.push(rel);
        sizes.push(s.size);
        mtimes.push(s.mtimeMs);
      } else throw new WalkRefusal('special', rel);
    }
  };
  walk(root, '');
  return { paths, sizes, mtimes };
}
