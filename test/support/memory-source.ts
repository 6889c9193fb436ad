/** An in-memory PackageSource for tests: a file tree becomes a package without touching disk. */
import type { PackageEntry, PackageSource } from '../../src/ports/package-source.ts';
import type { FileTree } from './fixture-package.ts';

export function memorySource(
  rootName: string | null,
  files: FileTree,
  kind: PackageSource['kind'] = 'folder',
): PackageSource {
  const entries = new Map<string, PackageEntry>();
  for (const [path, bytes] of files) {
    entries.set(path, { path, type: 'file', size: bytes.length });
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!entries.has(dir)) entries.set(dir, { path: dir, type: 'directory', size: 0 });
    }
  }
  return {
    kind,
    inputPath: `/memory/${rootName ?? 'package'}`,
    rootName,
    topLevelNames: rootName
      ? [rootName]
      : [...new Set([...files.keys()].map((p) => p.split('/')[0] as string))],
    entries,
    async *read(path: string) {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`no such file in memory source: ${path}`);
      yield bytes;
    },
    async close() {},
  };
}
