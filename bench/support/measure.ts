/** Runs a command and returns its wall-clock seconds and stdout. */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export async function timed(
  cmd: string,
  args: readonly string[],
  options: { shell?: boolean } = {},
): Promise<{ seconds: number; stdout: string }> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], shell: options.shell ?? false });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${cmd} exited with ${code}`);
  return { seconds: (performance.now() - t0) / 1000, stdout };
}
