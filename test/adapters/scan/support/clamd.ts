/**
 * A real clamd for the scanner tests: the one named by SAMARKIV_CLAMD_SOCKET (CI starts it with
 * scripts/ci/start-clamd.sh), or else one started here with that script and stopped afterwards.
 * Without clamd the tests fail, naming the Debian package; they are never skipped.
 */
import { execFile } from 'node:child_process';
import { access, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const START_SCRIPT = fileURLToPath(new URL('../../../../scripts/ci/start-clamd.sh', import.meta.url));

/** The EICAR anti-virus test string, kept as hex so that no scanner flags this source file. */
export const EICAR = Buffer.from(
  '58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a',
  'hex',
);

export interface TestClamd {
  readonly socketPath: string;
  stop(): Promise<void>;
}

export async function testClamd(): Promise<TestClamd> {
  const fromEnv = process.env.SAMARKIV_CLAMD_SOCKET?.trim();
  if (fromEnv) return { socketPath: fromEnv, stop: async () => {} };
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)('bash', [START_SCRIPT], { timeout: 120_000 }));
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    const hint =
      e.code === 127 ? 'clamd is not installed: apt-get install clamav-daemon' : 'clamd did not start';
    throw new Error(
      `${hint} (or set SAMARKIV_CLAMD_SOCKET to a running clamd)\n${e.stderr ?? String(error)}`,
    );
  }
  const socketPath = stdout.trim();
  const dir = dirname(socketPath);
  return {
    socketPath,
    async stop() {
      const pid = Number((await readFile(`${dir}/clamd.pid`, 'utf8')).trim());
      process.kill(pid, 'SIGTERM');
      // clamd removes its pid file as it exits (the process itself may linger as a zombie where
      // nothing reaps daemons); wait for that, at most 10 s, before removing the folder.
      for (let i = 0; i < 100 && (await exists(`${dir}/clamd.pid`)); i++)
        await new Promise((r) => setTimeout(r, 100));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
