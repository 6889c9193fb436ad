/**
 * A whole delivery through the web UI in headless Chromium against a real server with its job
 * workers: the Trelleborg archivist creates a delivery project, uploads examples/bygglov-sip.zip
 * (resumable tus upload with the SHA-256 computed in the browser), waits for delivery control,
 * closes the manual checkpoints, approves with confirmation, sees the receipt links, opens the AIP
 * and finds it by search. Screenshots of every step go to test-artifacts/ui/.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { logIn, newPage, screenshot } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

const SIP = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));
/** Control and ingest run in the server's workers; generous for a loaded CI machine. */
const JOB_TIMEOUT_MS = 120_000;

/** Closes every checkpoint still open: manual ones are judged by a person in this test. */
async function closeOpenCheckpoints(page: Page): Promise<string[]> {
  const closed: string[] = [];
  for (;;) {
    const row = page.locator('[data-testid=checkpoints-table] tbody tr.cp-open').first();
    if ((await row.count()) === 0) return closed;
    const key = (await row.locator('th').innerText()).trim();
    const form = row.getByTestId(`set-${key}`);
    await form.locator('select[name=state]').selectOption('ok');
    await form.locator('input[name=comment]').fill(`Kontrollerad manuellt (${key})`);
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.locator(`#cp-row-${key}.cp-ok`).waitFor();
    closed.push(key);
  }
}

describe('web UI: a whole delivery from upload to a preserved, searchable AIP', () => {
  const ui = useBrowserServer({ startWorkers: true });

  it('delivers, controls, approves, preserves and finds a package', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.trelleborg', DEMO_PASSWORD);
    await page.getByTestId('phase-table').waitFor();
    assert.match(await page.getByTestId('phase-table').innerText(), /Trelleborg/);
    await screenshot(page, 'delivery-01-dashboard');

    // A new delivery project, moved to preparation so that it accepts a package.
    await page.getByRole('navigation').getByRole('link', { name: 'Leveransprojekt' }).click();
    await page.getByText('Nytt leveransprojekt').click();
    await page.getByLabel('Benämning').fill('Bygglov – Trelleborg');
    await page.getByLabel('System', { exact: true }).fill('Castor Bygglov');
    await page.getByLabel('Leveransöverenskommelse').fill('LÖK 2024:3');
    await page.getByRole('button', { name: 'Skapa projekt' }).click();
    await page.getByTestId('history').waitFor();
    await page.getByLabel('Ny fas').selectOption('preparation');
    await page.getByRole('button', { name: 'Byt fas' }).click();
    await page.locator('h1 .phase-preparation').waitFor();
    await screenshot(page, 'delivery-02-project');

    // Upload with progress; the page links to the new version when the last byte is in.
    await page.locator('#upload-file').setInputFiles(SIP);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByTestId('upload-done').waitFor({ timeout: JOB_TIMEOUT_MS });
    await page.getByTestId('submissions-table').waitFor();
    await screenshot(page, 'delivery-03-uploaded');
    await page.getByTestId('upload-to-submission').click();

    // Delivery control runs as a job; the page updates itself until the version is controlled.
    await page.locator('h1 [data-state=controlled]').waitFor({ timeout: JOB_TIMEOUT_MS });
    await page.getByTestId('checkpoints-glance').waitFor();
    await page.getByTestId('report-summary').waitFor();
    assert.match(await page.locator('main').innerText(), /stämmer med producentens kontrollsumma/);
    await screenshot(page, 'delivery-04-controlled');
    await page.getByLabel(/Alla krav/).check();
    const rows = page.locator('[data-testid=report-table] tbody tr');
    assert.ok((await rows.count()) > 20, 'every requirement is listed with its ID');
    assert.match(await page.getByTestId('report-table').innerText(), /CSIP1\b/);
    await page.getByLabel(/Bara avvikelser/).check();

    const closed = await closeOpenCheckpoints(page);
    assert.ok(closed.length > 0, 'the default checklist has manual checkpoints');
    await page.locator('.glance-ok').waitFor();
    await screenshot(page, 'delivery-05-checkpoints-done', {
      of: page.locator('section:has(#checkpoints-title)'),
    });

    // Approval with confirmation; afterwards the receipt in PDF and XML.
    await page.getByRole('button', { name: /Godkänn leveransen/ }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'delivery-06-confirm-approval', { viewportOnly: true });
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('approval-done').waitFor();
    const pdf = await page.getByTestId('receipt-pdf').getAttribute('href');
    const xml = await page.getByTestId('receipt-xml').getAttribute('href');
    assert.ok(pdf && xml);
    const pdfResponse = await page.request.get(pdf);
    assert.equal(pdfResponse.status(), 200);
    assert.equal((await pdfResponse.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    const xmlResponse = await page.request.get(xml);
    assert.equal(xmlResponse.status(), 200);
    assert.match(await xmlResponse.text(), /urn:samarkiv:receipt:1/);
    await screenshot(page, 'delivery-07-approved');
    await screenshot(page, 'delivery-07-approval-section', {
      of: page.locator('section:has(#approval-title)'),
    });

    // Ingest writes the AIP in every copy; the page links to it when it is there.
    await page.getByTestId('aip-link').waitFor({ timeout: JOB_TIMEOUT_MS });
    await page.getByTestId('aip-link').click();
    await page.getByTestId('aip-files').waitFor();
    assert.ok((await page.locator('[data-testid=aip-copies] li').count()) >= 2, 'two verified copies');
    assert.match(await page.getByTestId('aip-events').innerText(), /ingest|approval|validation/i);
    await screenshot(page, 'delivery-08-aip');
    const aipUrl = page.url();

    // Found again by search, with the matched word marked.
    await page.getByRole('navigation').getByRole('link', { name: 'Sök' }).click();
    await page.getByRole('searchbox').fill('bygglov');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByTestId('search-hits').waitFor();
    const hit = page.locator(`[data-testid=search-hits] a[href="${new URL(aipUrl).pathname}"]`);
    await hit.waitFor();
    assert.ok((await page.locator('[data-testid=search-hits] mark').count()) > 0);
    await screenshot(page, 'delivery-09-search');
    assert.deepEqual(errors, []);
  });
});
