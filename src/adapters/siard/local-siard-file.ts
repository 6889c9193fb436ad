/**
 * A .siard file as a local path that yauzl can open with random access. In a folder package it is
 * opened where it lies; otherwise (ZIP, TAR, or a split file whose parts must be joined) it is
 * streamed from the package source into a fresh quarantine folder, which `release` removes.
 */
import { createWriteStream } from 'node:fs';
import { lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { SiardTarget } from '../../core/siard/siard-targets.ts';
import type { PackageSource } from '../../ports/package-source.ts';

export interface LocalSiardFile {
  readonly path: string;
  release(): Promise<void>;
}

export async function localSiardFile(
  source: PackageSource,
  target: SiardTarget,
  quarantineDir: string = tmpdir(),
): Promise<LocalSiardFile> {
  if (source.kind === 'folder' && target.parts.length === 0) {
    const path = join(source.inputPath, target.path);
    // lstat: the folder source refused links when it listed the package; a link swapped in since is not followed.
    const stats = await lstat(path).catch(() => null);
    if (stats?.isFile()) return { path, release: async () => {} };
  }
  const dir = await mkdtemp(join(quarantineDir, 'samarkiv-siard-'));
  const path = join(dir, 'file.siard');
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {}); // observed through the races below
  try {
    for (const part of target.parts.length > 0 ? target.parts : [target.path]) {
      for await (const chunk of source.read(part)) {
        // Chunks may be reused buffers: copy before queueing the write.
        if (!out.write(Buffer.from(chunk))) await Promise.race([once(out, 'drain'), failed]);
      }
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await once(out, 'close');
  } catch (e) {
    out.destroy();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return { path, release: () => rm(dir, { recursive: true, force: true }) };
}
