/**
 * The browser tests need web/dist, the built UI the server serves. It is built here when missing or
 * older than any of its sources (web/ and the src/core modules the UI imports), into a temporary
 * folder that then replaces web/dist, so that a half-written build is never served.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.ts'),
  join(ROOT, 'src/core'),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function webBuildIsCurrent(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

const LOCK = join(WEB, '.build-lock');
const STALE_LOCK_MS = 180_000;

/** One build at a time across test processes: mkdir is atomic. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function ensureWebBuilt(): Promise<void> {
  if (webBuildIsCurrent()) return;
  await withBuildLock(async () => {
    if (!webBuildIsCurrent()) await buildInto();
  });
}

async function buildInto(): Promise<void> {
  const temporary = mkdtempSync(join(WEB, '.dist-'));
  await build({
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: temporary, emptyOutDir: true },
  });
  const old = `${DIST}.old-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(temporary, DIST);
  rmSync(old, { recursive: true, force: true });
}
