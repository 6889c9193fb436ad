/**
 * Seeds AIP records that carry nothing but a title (their search text), a tenant and the
 * restricted flag, straight through the repository, for the list and search tests.
 */
import { insertAip } from '../../../src/repositories/aips.ts';
import type { ServiceContext } from '../../../src/services/server/context.ts';
import { searchEntry } from '../../../src/services/server/search.ts';

export interface TitledAip {
  readonly id: string;
  readonly tenant: string;
  readonly title: string;
  readonly restricted: boolean;
  /** Created (and preserved) this many minutes after the start. */
  readonly minute: number;
  readonly recordsCreator?: string;
  readonly systemName?: string;
}

export async function seedTitledAips(
  ctx: ServiceContext,
  start: Date,
  rows: readonly TitledAip[],
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      const at = new Date(start.getTime() + r.minute * 60_000).toISOString();
      await insertAip(
        trx,
        ctx.caps,
        {
          id: r.id,
          objid: r.id,
          tenantId: r.tenant,
          projectId: null,
          submissionId: null,
          title: r.title,
          recordsCreator: r.recordsCreator ?? null,
          systemName: r.systemName ?? null,
          dateFrom: null,
          dateTo: null,
          referenceCode: null,
          restricted: r.restricted,
          createdAt: at,
          preservedAt: at,
          size: 1,
          files: [],
          events: [],
          searchText: r.title,
        },
        [],
        searchEntry(ctx.caps, r.title),
      );
    }
  });
}
