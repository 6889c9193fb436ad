/**
 * The consortium functions read the archive's own database: seeded from the seed report, the
 * database store gives the same cost shares, budget comparison, systems and phase histories as
 * the demo data — over both backends.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryConsortiumStore } from '../../src/adapters/consortium/memory-consortium-store.ts';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import { DatabaseConsortiumStore } from '../../src/services/server/consortium-store.ts';
import { budgetYear, chargesFor, sharesDocument } from '../../src/services/consortium/economy.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

for (const backend of BACKENDS) {
  describe(`consortium data in the archive database (${backend.name})`, () => {
    let t: TestServer;
    let store: DatabaseConsortiumStore;
    before(async () => {
      t = await startTestServer(backend);
      store = new DatabaseConsortiumStore(t.server.ctx);
    });
    after(async () => t.close());

    it('reproduces the seed table of charges 2021–2023 from the database', async () => {
      const memory = new MemoryConsortiumStore(DEMO_DATA);
      for (const year of [2021, 2022, 2023]) {
        assert.deepEqual(
          sharesDocument(await chargesFor(store, year)),
          sharesDocument(await chargesFor(memory, year)),
        );
      }
      const y2022 = sharesDocument(await chargesFor(store, 2022));
      assert.equal(y2022.total_tkr, 8757);
      assert.equal(y2022.shares.find((s) => s.municipality === 'Lund')?.amount_tkr, 2238);
      assert.equal(
        y2022.shares.reduce((sum, s) => sum + s.amount_tkr, 0),
        8757,
      );
    });

    it('keeps the populations behind the printed andel column', async () => {
      const members = (await store.getConsortium()).municipalities;
      assert.deepEqual(
        members.map((m) => [m.id, m.population]),
        DEMO_DATA.consortium.municipalities.map((m) => [m.id, m.population]),
      );
    });

    it('keeps the 2020 budget and outcome', async () => {
      const fromDb = await budgetYear(store, 2020);
      const fromMemory = await budgetYear(new MemoryConsortiumStore(DEMO_DATA), 2020);
      assert.deepEqual(fromDb.comparison, fromMemory.comparison);
    });

    it('returns the inventory and the recorded phase histories of the seeded projects', async () => {
      const systems = await store.getSystems();
      assert.equal(systems.length, DEMO_DATA.systems.length);
      const projects = await store.getProjects();
      assert.equal(projects.length, DEMO_DATA.projects.length);
      const trelleborg = projects.find((p) => p.systemId === 'trelleborg-w3d3');
      assert.ok(trelleborg);
      const last = trelleborg.history.at(-1);
      assert.equal(last?.phase, 'delivery-control');
      assert.equal(last?.waitingFor, 'vendor');
      assert.equal(last?.waitingForName, 'Visma');
      assert.deepEqual(trelleborg.openCheckpoints, ['K21', 'K22', 'K26']);
    });
  });
}
