/**
 * The consortium commands on the archive's database (`--database <url>`), over both backends: the
 * same shares as the API, and a plan and forecast from the database's inventory and phase history.
 */
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { after, before, describe, it } from 'node:test';
import { addConsortiumCommands } from '../../src/cli/commands/consortium.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * Runs a consortium command in this process through the same commander definitions as
 * bin/samarkiv.js (a spawned CLI costs seconds of start-up per call), capturing what it prints.
 */
async function cli(...args: string[]): Promise<unknown> {
  const program = new Command().exitOverride();
  let code = 0;
  addConsortiumCommands(program, async (action) => {
    code = await action();
  });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // The test runner reports to its parent through stdout in binary: let that through.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    chunks.push(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  assert.equal(code, 0);
  return JSON.parse(chunks.join('')) as unknown;
}

for (const backend of BACKENDS) {
  describe(`consortium commands on the archive database (${backend.name})`, () => {
    let t: TestServer;
    let url: string;
    before(async () => {
      t = await startTestServer(backend);
      url = t.server.config.databaseUrl;
    });
    after(async () => t.close());

    it('prints the same shares as the API', async () => {
      const client = await t.login('radet');
      const api = await client.json('GET', '/api/consortium/shares?year=2023');
      assert.deepEqual(
        await cli('economy', 'shares', '--year', '2023', '--format', 'json', '--database', url),
        api,
      );
    });

    it('plans and forecasts from the database', async () => {
      const plan = (await cli('plan', 'generate', '--format', 'json', '--database', url)) as {
        items: { system_id: string }[];
      };
      assert.ok(plan.items.length > 5);
      // A system added to the database's inventory only is planned from it.
      const arkivarie = await t.login('arkivarie.trelleborg');
      await arkivarie.json('POST', '/api/consortium/systems', {
        municipalityId: 'trelleborg',
        name: 'Endast i databasen',
        category: 'other',
        vendor: 'X',
        version: '1',
        informationTypes: [],
        recordsCreator: 'Kommunstyrelsen',
        retention: 'keep',
        volumeGb: 1,
        exportState: 'available',
        exportFormats: ['siard'],
        licenceCostSek: 500000,
        readLicenceCostSek: 400000,
        plannedDecommissioning: null,
        businessBenefit: 5,
        legalRisk: 5,
        effortPersonDays: 5,
        pilot: false,
      });
      const replanned = (await cli('plan', 'generate', '--format', 'json', '--database', url)) as typeof plan;
      assert.ok(replanned.items.some((i) => i.system_id === 'trelleborg-endast-i-databasen'));
      const forecast = (await cli('forecast', '--format', 'json', '--runs', '200', '--database', url)) as {
        whole_plan: { median: string; p85: string } | null;
      };
      assert.ok(forecast.whole_plan && forecast.whole_plan.median <= forecast.whole_plan.p85);
    });
  });
}
