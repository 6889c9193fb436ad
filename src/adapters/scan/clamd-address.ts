/**
 * Where clamd listens: its unix socket (clamd.conf `LocalSocket`, on Debian
 * /run/clamav/clamd.ctl) or a TCP address (`TCPAddr` + `TCPSocket`), read from the environment.
 */
import { ArchiveError } from '../../core/errors.ts';

export type ClamdAddress = { readonly socketPath: string } | { readonly host: string; readonly port: number };

export const CLAMD_ENV = {
  socket: 'SAMARKIV_CLAMD_SOCKET',
  host: 'SAMARKIV_CLAMD_HOST',
  port: 'SAMARKIV_CLAMD_PORT',
} as const;

/** The configured address, or null when no scanner is configured (the report then says so). */
export function clamdAddressFromEnv(env: NodeJS.ProcessEnv = process.env): ClamdAddress | null {
  const socketPath = env[CLAMD_ENV.socket]?.trim();
  const host = env[CLAMD_ENV.host]?.trim();
  if (socketPath && host) {
    throw new ArchiveError('ARC_ERR_USAGE', [
      `set either ${CLAMD_ENV.socket} or ${CLAMD_ENV.host}, not both`,
    ]);
  }
  if (socketPath) return { socketPath };
  if (!host) return null;
  const portText = env[CLAMD_ENV.port]?.trim() || '3310';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ArchiveError('ARC_ERR_USAGE', [`${CLAMD_ENV.port} is not a TCP port: ${portText}`]);
  }
  return { host, port };
}

export function describeAddress(address: ClamdAddress): string {
  return 'socketPath' in address ? `unix:${address.socketPath}` : `tcp:${address.host}:${address.port}`;
}
