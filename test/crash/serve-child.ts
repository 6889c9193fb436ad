/**
 * The archive server as the crash test runs it: a real process with its API and job workers, the
 * same composition root as `samarkiv serve`. It loads every module first and says `loaded`, then
 * waits for `go` on stdin before it opens the database, so the test can start the next process
 * while the current one works and kill each at a random point of its work. Prints `ready` once it
 * listens and its workers run. Configuration comes from the environment (SAMARKIV_*).
 */
import { createInterface } from 'node:readline';
import { configFromEnv } from '../../src/server/config.ts';
import { createServer } from '../../src/server/create-server.ts';

process.stdout.write('loaded\n');
const lines = createInterface({ input: process.stdin });
// When the test process goes away (it failed, or was killed), stdin closes: never outlive it.
lines.on('close', () => process.exit(0));
await new Promise<void>((resolve) => lines.on('line', (line) => line === 'go' && resolve()));
const server = await createServer(configFromEnv(process.env, { port: 0, secureCookies: false }), {
  logger: false,
});
await server.listen();
process.stdout.write('ready\n');
lines.on('line', (line) => {
  if (line === 'stop') void server.close().then(() => process.exit(0));
});
