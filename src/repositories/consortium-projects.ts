/** The checkpoints still open in each project's newest package version (for forecasts and reports). */
import type { Db } from '../adapters/db/schema.ts';

export async function listCheckpointsOfLatest(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('submissions as s')
    .innerJoin('checkpoints as c', 'c.submission_id', 's.id')
    .select(['s.project_id', 's.version', 'c.item_key', 'c.state'])
    .orderBy('s.project_id')
    .orderBy('s.version', 'desc')
    .orderBy('c.position')
    .execute();
  const latest = new Map<string, number>();
  const open = new Map<string, string[]>();
  for (const r of rows) {
    const v = latest.get(r.project_id);
    if (v === undefined) latest.set(r.project_id, r.version);
    else if (v !== r.version) continue;
    const list = open.get(r.project_id) ?? [];
    if (r.state === 'open' || r.state === 'deviation') list.push(r.item_key);
    open.set(r.project_id, list);
  }
  return open;
}
