/**
 * Headless Chromium (Debian's /usr/bin/chromium) through playwright-core, and screenshots kept as
 * test artifacts in test-artifacts/ui/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/ui/', import.meta.url));
export const CHROMIUM = process.env.SAMARKIV_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page that fails the test on any uncaught script error. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** A screenshot of the whole page, of the viewport only (dialogs), or of one part of the page. */
export async function screenshot(
  page: Page,
  name: string,
  options: { viewportOnly?: boolean; of?: Locator } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  if (options.of) await options.of.screenshot({ path });
  else await page.screenshot({ path, fullPage: !options.viewportOnly });
  return path;
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('who').waitFor();
}
