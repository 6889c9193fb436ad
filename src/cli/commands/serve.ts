/** `samarkiv serve`: the archive service (API, web UI and workers) until SIGINT/SIGTERM. */
import cluster from 'node:cluster';
import { configFromEnv } from '../../server/config.ts';
import { startService } from '../../server/serve-processes.ts';

export interface ServeOptions {
  readonly demo?: boolean;
  readonly port?: string;
  readonly host?: string;
  readonly dataDir?: string;
  readonly database?: string;
  readonly insecureCookies?: boolean;
  readonly httpProcesses?: string;
}

export async function serveCommand(opts: ServeOptions): Promise<number> {
  const config = configFromEnv(process.env, {
    ...(opts.demo ? { demo: true } : {}),
    ...(opts.port ? { port: Number(opts.port) } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.database ? { databaseUrl: opts.database } : {}),
    ...(opts.insecureCookies ? { secureCookies: false } : {}),
    ...(opts.httpProcesses ? { httpProcesses: Number(opts.httpProcesses) } : {}),
  });
  const service = await startService(config, {
    logger: { level: process.env.SAMARKIV_LOG_LEVEL ?? 'info' },
  });
  // An HTTP child of several (src/server/serve-processes.ts) leaves the greeting to the primary.
  if (!cluster.isWorker) greet(service.address, config.httpProcesses, config.demo, config.demoPassword);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await service.close();
  return 0;
}

function greet(address: string, httpProcesses: number, demo: boolean, demoPassword: string): void {
  const processes = httpProcesses > 1 ? ` (${httpProcesses} HTTP-processer / HTTP processes)` : '';
  process.stdout.write(`samarkiv lyssnar på / listens on ${address}${processes}\n`);
  if (demo) {
    process.stdout.write(
      `Demokonton / demo accounts: earkivarie, arkivarie.trelleborg, forvaltare.trelleborg, arkivarie.lund, registrator.lund, lasare.ystad, admin, radet (samverkansråd), ekonomi — lösenord / password: ${demoPassword}\n`,
    );
  }
}
