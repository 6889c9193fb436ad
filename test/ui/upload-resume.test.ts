/**
 * A resumable upload in the browser: on a slow link the upload is paused part-way, the page is
 * reloaded, the same file is chosen again, and the upload continues from the server's offset
 * instead of starting over; the package that arrives has the producer's SHA-256.
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { logIn, newPage, screenshot } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

const SIP = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));

interface Submission {
  id: string;
  state: string;
  sha256: string | null;
  producerSha256: string | null;
}

/** The id of the upload the page remembers for resuming (web/src/tus.ts keeps its URL). */
async function uploadIdIn(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    for (const key of Object.keys(window.localStorage)) {
      const value = window.localStorage.getItem(key) ?? '';
      if (value.includes('/uploads/')) return (JSON.parse(value) as { url: string }).url.split('/').pop();
    }
    return undefined;
  });
  assert.ok(id, 'the page remembers its upload');
  return id;
}

/** Waits until the server holds some bytes of the upload (its quarantine file is not empty). */
async function storedBytes(dataDir: string, uploadId: string): Promise<void> {
  const file = join(dataDir, 'quarantine', uploadId, 'package');
  const deadline = Date.now() + 30_000;
  while (!(existsSync(file) && statSync(file).size > 0)) {
    assert.ok(Date.now() < deadline, 'no byte of the upload reached the server in 30 s');
    await sleep(100);
  }
}

describe('web UI: an interrupted upload resumes where it stopped', () => {
  const ui = useBrowserServer();

  it('pauses, survives a reload, and continues from the server’s offset', async () => {
    const api = await ui.t.login('arkivarie.trelleborg');
    const project = await api.json<{ id: string }>('POST', '/api/projects', {
      tenantId: 'trelleborg',
      title: 'Återupptagen uppladdning',
      systemName: 'Castor',
    });
    await api.json('POST', `/api/projects/${project.id}/phase`, { to: 'preparation' });

    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.trelleborg', DEMO_PASSWORD);
    await page.goto(`/projects/${project.id}`);
    // A slow link (about 16 kB/s up) so that the 90 kB package is still on its way when paused.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 10_000_000,
      uploadThroughput: 16_000,
    });
    await page.locator('#upload-file').setInputFiles(SIP);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.waitForFunction(() => {
      const bar = document.querySelector(
        '[data-testid=upload-progress] progress',
      ) as HTMLProgressElement | null;
      return bar !== null && bar.value > 20_000;
    });
    // The bar counts bytes handed to the browser's (throttled) network stack: pause only once the
    // server has stored some of them, or there is nothing to resume from (the test then failed on
    // a loaded machine, although the client rightly started over).
    await storedBytes(ui.t.dataDir, await uploadIdIn(page));
    await page.getByRole('button', { name: 'Pausa' }).click();
    await page.getByText(/Uppladdningen är pausad/).waitFor();
    await screenshot(page, 'upload-01-paused', { of: page.getByTestId('upload') });

    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.reload();
    await page.locator('#upload-file').setInputFiles(SIP);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByTestId('upload-done').waitFor();
    assert.match(
      await page.getByTestId('upload-done').innerText(),
      /Fortsatte där uppladdningen avbröts/,
      'the second attempt resumed instead of starting over',
    );
    await screenshot(page, 'upload-02-resumed', { of: page.getByTestId('upload') });

    const [version] = await api.json<Submission[]>('GET', `/api/projects/${project.id}/submissions`);
    assert.ok(version);
    assert.equal(
      version.sha256,
      version.producerSha256,
      'the bytes that arrived have the producer’s checksum',
    );
    assert.deepEqual(errors, []);
  });
});
