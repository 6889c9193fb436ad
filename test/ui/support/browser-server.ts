/**
 * One UI test suite's fixture: the web build, a test server on SQLite listening on a free port,
 * and headless Chromium, started before the suite's tests and closed after them.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { BACKENDS } from '../../support/backends.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { launchBrowser } from './browser.ts';
import { ensureWebBuilt } from './web-build.ts';

export interface BrowserServer {
  readonly t: TestServer;
  readonly browser: Browser;
  /** The server's base URL, e.g. http://127.0.0.1:PORT. */
  readonly base: string;
}

/** Registers the suite's before/after hooks; read the fields inside tests only. */
export function useBrowserServer(options: { startWorkers?: boolean } = {}): BrowserServer {
  const sqlite = BACKENDS.find((b) => b.name === 'sqlite') ?? BACKENDS[0]!;
  let t: TestServer | undefined;
  let browser: Browser | undefined;
  let base: string | undefined;
  before(async () => {
    await ensureWebBuilt();
    t = await startTestServer(sqlite, { startWorkers: options.startWorkers ?? false });
    base = await t.server.listen();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowserServer: ${what} is read before the suite started`);
    return value;
  };
  return {
    get t() {
      return started(t, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    get base() {
      return started(base, 'the base URL');
    },
  };
}
