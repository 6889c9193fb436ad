/** Spawns command-child.ts with tsx and returns its exit code and output. */
import { spawnSync } from 'node:child_process';

const CHILD = new URL('./command-child.ts', import.meta.url).pathname;

export function runCommand(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
