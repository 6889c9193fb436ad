/**
 * The web UI in headless Chromium against a real server: login, the dashboard, projects and a
 * phase change, the English toggle, and tenant isolation as the UI shows it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { logIn, newPage, screenshot } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

describe('web UI: navigation, language and tenant isolation', () => {
  const ui = useBrowserServer();

  it('logs in, shows the dashboard by phase and municipality, and opens a project', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await screenshot(page, 'nav-01-login');
    await logIn(page, 'earkivarie', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    const table = page.getByTestId('phase-table');
    await table.waitFor();
    assert.ok(
      (await table.locator('tbody tr').count()) > 5,
      'the consortium archivist sees many municipalities',
    );
    assert.match(await table.locator('tfoot').innerText(), /Totalt/);
    await page.getByTestId('waiting-table').waitFor();
    await screenshot(page, 'nav-02-dashboard-consortium');

    await page.getByRole('navigation').getByRole('link', { name: 'Leveransprojekt' }).click();
    await page.getByTestId('projects-table').waitFor();
    await page.locator('.filters').getByLabel('Kommun').selectOption('trelleborg');
    await page.waitForURL(/tenant=trelleborg/);
    // The filtered list replaces the full one: only Trelleborg's project is left.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=projects-table] tbody tr').length === 1,
    );
    await page.getByTestId('projects-table').getByRole('link', { name: 'W3D3 – Trelleborg' }).click();
    await page.getByTestId('history').waitFor();
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /W3D3/);
    assert.match(await page.getByTestId('history').innerText(), /Leveranskontroll/);
    await screenshot(page, 'nav-03-project');
    assert.deepEqual(errors, []);
  });

  it('creates a project and stops it with a reason; the history shows why', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.trelleborg', DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Leveransprojekt' }).click();
    await page.getByText('Nytt leveransprojekt').click();
    await page.getByLabel('Benämning').fill('Ekonomisystem – Trelleborg');
    await page.getByLabel('System', { exact: true }).fill('Raindance');
    await page.getByRole('button', { name: 'Skapa projekt' }).click();
    await page.getByTestId('history').waitFor();
    await page.getByLabel('Ny fas').selectOption('stopped');
    await page.getByLabel(/Skäl till att projektet stoppas/).fill('Leverantören saknar exportfunktion');
    await page.getByLabel('Väntar på').selectOption('vendor');
    await page.getByRole('button', { name: 'Byt fas' }).click();
    await page.locator('h1 .phase-stopped').waitFor();
    assert.match(await page.getByTestId('history').innerText(), /Leverantören saknar exportfunktion/);
    await screenshot(page, 'nav-04-project-stopped');
    assert.deepEqual(errors, []);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.trelleborg', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByTestId('phase-table').waitFor();
    assert.match(await page.getByTestId('phase-table').innerText(), /Delivery control/);
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Delivery projects' }).waitFor();
    await screenshot(page, 'nav-05-english');
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('shows a Lund user only Lund’s projects, and hides a Trelleborg project behind not-found', async () => {
    const trelleborg = await ui.t.login('arkivarie.trelleborg');
    const [w3d3] = await trelleborg.json<{ id: string; tenantId: string }[]>('GET', '/api/projects');
    assert.ok(w3d3);
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.lund', DEMO_PASSWORD);
    const dashboard = page.getByTestId('phase-table');
    await dashboard.waitFor();
    assert.doesNotMatch(await dashboard.innerText(), /Trelleborg/);
    await page.getByRole('navigation').getByRole('link', { name: 'Leveransprojekt' }).click();
    const table = page.getByTestId('projects-table');
    await table.waitFor();
    const text = await table.innerText();
    assert.match(text, /Lund/);
    assert.doesNotMatch(text, /Trelleborg/);
    await screenshot(page, 'nav-06-lund-projects');
    await page.goto(`/projects/${w3d3.id}`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /ARC_ERR_NOT_FOUND/);
    assert.doesNotMatch(await page.locator('main').innerText(), /W3D3/);
    await screenshot(page, 'nav-07-lund-foreign-project');
    assert.deepEqual(errors, []);
  });
});
