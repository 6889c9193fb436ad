/**
 * A resumable upload in the browser: on a slow link the upload is paused part-way, the page is
 * reloaded, the same file is chosen again, and the upload continues from the server's offset
 * instead of starting over; the package that arrives has the producer's SHA-256.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
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
