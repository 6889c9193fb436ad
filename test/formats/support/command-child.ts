/**
 * Runs one of this area's CLI command functions in a child process, as bin/samarkiv.js will once the
 * commands are wired: argv = [command, target, ...options as key=value].
 */
import { formatsUpdateCommand } from '../../../src/cli/commands/formats-update.ts';
import { identifyCommand } from '../../../src/cli/commands/identify.ts';

const [command, target, ...rest] = process.argv.slice(2);
const opts = Object.fromEntries(rest.map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]));
if (command === 'identify')
  process.exitCode = await identifyCommand(target as string, {
    format: opts.format ?? 'text',
    signatureDir: opts.signatureDir,
  });
else if (command === 'formats-update')
  process.exitCode = await formatsUpdateCommand(target as string, { dir: opts.dir });
else process.exitCode = 64;
