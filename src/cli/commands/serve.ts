/** `samarkiv serve`: the archive service (API, web UI and workers) until SIGINT/SIGTERM. */
import { configFromEnv } from '../../server/config.ts';
import { createServer } from '../../server/create-server.ts';

export interface ServeOptions {
  readonly demo?: boolean;
  readonly port?: string;
  readonly host?: string;
  readonly dataDir?: string;
  readonly database?: string;
  readonly insecureCookies?: boolean;
}

export async function serveCommand(opts: ServeOptions): Promise<number> {
  const config = configFromEnv(process.env, {
    ...(opts.demo ? { demo: true } : {}),
    ...(opts.port ? { port: Number(opts.port) } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.database ? { databaseUrl: opts.database } : {}),
    ...(opts.insecureCookies ? { secureCookies: false } : {}),
  });
  const server = await createServer(config, { logger: { level: process.env.SAMARKIV_LOG_LEVEL ?? 'info' } });
  const address = await server.listen();
  process.stdout.write(`samarkiv lyssnar på / listens on ${address}\n`);
  if (config.demo) {
    process.stdout.write(
      `Demokonton / demo accounts: earkivarie, arkivarie.trelleborg, forvaltare.trelleborg, arkivarie.lund, registrator.lund, lasare.ystad, admin, radet (samverkansråd), ekonomi — lösenord / password: ${config.demoPassword}\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
