/**
 * The consortium pages in headless Chromium against a real server: the e-archivist generates the
 * delivery plan and pins an item, the council sees the plan and approves it, finance enters an
 * outcome, a municipality reports a decommissioning that the e-archivist then sees. Screenshots of
 * every page go to test-artifacts/ui/.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { logIn, newPage, screenshot } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samverkan' }).click();
  await page.getByRole('navigation', { name: 'Samverkans sidor' }).getByRole('link', { name: tab }).click();
}

describe('web UI: the consortium pages', () => {
  const ui = useBrowserServer();

  it('the e-archivist generates and pins, the council approves the plan', async () => {
    const archivist = await newPage(ui.browser, ui.base);
    await logIn(archivist.page, 'earkivarie', DEMO_PASSWORD);
    await openTab(archivist.page, 'Leveransplan');
    await archivist.page.getByText('Ingen plan är sparad än.').waitFor();
    await archivist.page.getByTestId('generate-panel').locator('summary').click();
    await archivist.page
      .getByTestId('generate-panel')
      .getByRole('button', { name: 'Generera ny plan' })
      .click();
    await archivist.page.getByTestId('plan-timeline').waitFor();
    await archivist.page.getByText('Utkast, version 1').waitFor();

    // Move the first item of the first quarter to the plan's last quarter.
    const first = archivist.page.locator('[data-testid=plan-items] tbody tr').first();
    const systemId = ((await first.getAttribute('data-testid')) ?? '').replace(/^item-/, '');
    const select = archivist.page.locator(`#pin-q-${systemId}`);
    const last = await select.locator('option').last().getAttribute('value');
    await select.selectOption(last ?? '');
    await archivist.page.getByTestId(`pin-${systemId}`).getByRole('button', { name: 'Lås' }).click();
    await archivist.page.getByText('Utkast, version 2').waitFor();
    const pinnedRow = archivist.page.getByTestId(`item-${systemId}`);
    assert.match(await pinnedRow.innerText(), /Låst/);
    await archivist.page
      .getByTestId('version-2')
      .getByRole('button', { name: 'Jämför med föregående' })
      .click();
    await archivist.page.getByTestId('plan-diff').getByText('Flyttade').waitFor();
    await screenshot(archivist.page, 'consortium-01-plan-draft');
    assert.deepEqual(archivist.errors, []);

    const council = await newPage(ui.browser, ui.base);
    await logIn(council.page, 'radet', DEMO_PASSWORD);
    await openTab(council.page, 'Leveransplan');
    await council.page.getByTestId('plan-timeline').waitFor();
    // The council reads; it has no generation or pin controls.
    assert.equal(await council.page.getByTestId('generate-panel').count(), 0);
    assert.equal(await council.page.getByTestId(`pin-${systemId}`).count(), 0);
    await council.page.getByTestId('approve-2').locator('input[name=date]').fill('2026-12-01');
    await council.page.getByTestId('approve-2').getByRole('button', { name: 'Godkänn version 2' }).click();
    await council.page.getByText(/Godkänd version 2, fastställd/).waitFor();
    await screenshot(council.page, 'consortium-02-plan-approved');
    const stored = await ui.t.server.ctx.db
      .selectFrom('plan_versions')
      .select(['version', 'approved_on'])
      .execute();
    assert.deepEqual(
      stored.map((v) => [v.version, v.approved_on]),
      [
        [1, null],
        [2, '2026-12-01'],
      ],
    );

    await openTab(council.page, 'Prognos');
    await council.page.getByTestId('whole-plan').waitFor();
    assert.match(await council.page.getByTestId('stalled').innerText(), /Visma/);
    await screenshot(council.page, 'consortium-03-forecast');
    await openTab(council.page, 'Besparingar');
    await council.page.getByTestId('savings-chart').waitFor();
    await screenshot(council.page, 'consortium-04-savings');
    await openTab(council.page, 'Återrapportering');
    const href = await council.page.getByTestId('report-html').getAttribute('href');
    assert.match(href ?? '', /\/api\/consortium\/reports\/yearly\/\d{4}\.html$/);
    await screenshot(council.page, 'consortium-05-report');
    assert.deepEqual(council.errors, []);
  });

  it('finance enters an outcome', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'ekonomi', DEMO_PASSWORD);
    await openTab(page, 'Ekonomi');
    await page.locator('#shares-year').selectOption('2021');
    await page.getByTestId('shares-table').getByText('2 183').waitFor();
    // The seed's table: 2021, 2022 and 2023 side by side.
    assert.match(
      await page.getByTestId('shares-table').locator('tfoot').innerText(),
      /8\s541\s+8\s757\s+8\s970/,
    );
    assert.match(
      await page.getByTestId('shares-table').innerText(),
      /Lund\s+0,2556\s+2\s183\s+2\s238\s+2\s293/,
    );
    await page.getByTestId('outcome-panel').locator('summary').click();
    await page.locator('#outcome-year').fill('2021');
    const values: Record<string, [number, number]> = {
      salaries: [7000, 6480],
      'courses-travel': [150, 90],
      'staff-welfare': [50, 40],
      'purchased-services': [600, 410],
      premises: [500, 520],
      other: [241, 160],
    };
    for (const [group, [budget, outcome]] of Object.entries(values)) {
      await page.locator(`input[name=budget-${group}]`).fill(String(budget));
      await page.locator(`input[name=outcome-${group}]`).fill(String(outcome));
    }
    await page.getByRole('button', { name: 'Spara utfall' }).click();
    await page.getByTestId('outcome-saved').waitFor();
    await page.waitForFunction(
      () => (document.querySelector('#budget-year') as HTMLSelectElement | null)?.value === '2021',
    );
    const table = await page.getByTestId('budget-table').innerText();
    assert.match(table, /8\s541/); // budget total
    assert.match(table, /7\s700/); // outcome total
    assert.match(table, /841/); // difference
    await page.getByTestId('refunds-table').waitFor();
    await screenshot(page, 'consortium-06-economy');
    assert.deepEqual(errors, []);
  });

  it('a municipality reports a decommissioning and the e-archivist sees it', async () => {
    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.trelleborg', DEMO_PASSWORD);
    await openTab(page, 'Systeminventering');
    await page.getByTestId('systems-table').waitFor();
    const rows = await page.locator('[data-testid=systems-table] tbody tr').allInnerTexts();
    assert.ok(rows.length > 0 && rows.every((r) => r.includes('Trelleborg')), 'only Trelleborg systems');
    await page.getByTestId('report-panel').locator('summary').click();
    await page.locator('#rep-system').selectOption('trelleborg-agresso');
    await page.locator('#rep-date').fill('2027-03-31');
    await page.locator('#rep-note').fill('Ersätts av nytt ekonomisystem');
    await page.getByRole('button', { name: 'Skicka rapport' }).click();
    await page.getByTestId('report-sent').waitFor();
    await page.getByTestId('reports-table').getByText('Ersätts av nytt ekonomisystem').waitFor();
    await screenshot(page, 'consortium-07-inventory-municipality');
    assert.deepEqual(errors, []);

    const archivist = await newPage(ui.browser, ui.base);
    await logIn(archivist.page, 'earkivarie', DEMO_PASSWORD);
    await openTab(archivist.page, 'Systeminventering');
    const banner = archivist.page.getByTestId('unseen-reports');
    await banner.waitFor();
    assert.match(await banner.innerText(), /Trelleborg: Avveckling/);
    await screenshot(archivist.page, 'consortium-08-inventory-consortium');
    await banner.getByRole('button', { name: 'Markera som sedd' }).click();
    await banner.waitFor({ state: 'detached' });
    assert.deepEqual(archivist.errors, []);
  });
});
