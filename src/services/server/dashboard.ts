/**
 * The dashboard's figures: projects by phase and municipality, and the open projects ordered by
 * how long they have stood in their phase — what stalled for months in the seed report.
 */
import { PHASES } from '../../core/delivery/phases.ts';
import type { Principal } from '../../core/access/roles.ts';
import { listTenants } from '../../repositories/tenants.ts';
import { listProjects } from './projects.ts';
import { nowIso, type ServiceContext } from './context.ts';

const OPEN = new Set(['preparation', 'test-delivery', 'ingest', 'delivery-control', 'stopped']);

export async function dashboard(ctx: ServiceContext, reader: Principal) {
  const projects = await listProjects(ctx, reader);
  const tenants = new Map((await listTenants(ctx.db)).map((t) => [t.id, t.name]));
  const byTenant = new Map<string, Record<string, number>>();
  const totals: Record<string, number> = Object.fromEntries(PHASES.map((p) => [p, 0]));
  for (const p of projects) {
    const counts = byTenant.get(p.tenant_id) ?? Object.fromEntries(PHASES.map((ph) => [ph, 0]));
    counts[p.phase] = (counts[p.phase] ?? 0) + 1;
    totals[p.phase] = (totals[p.phase] ?? 0) + 1;
    byTenant.set(p.tenant_id, counts);
  }
  const now = Date.parse(nowIso(ctx));
  const waiting = projects
    .filter((p) => OPEN.has(p.phase))
    .map((p) => {
      // A project row changes only with its phase (services/server/projects.ts movePhase), so its
      // updated_at is when it entered the phase it stands in.
      const at = p.updated_at;
      return {
        projectId: p.id,
        title: p.title,
        tenantName: tenants.get(p.tenant_id) ?? p.tenant_id,
        phase: p.phase,
        waitingFor: p.waiting_for,
        since: at,
        days: Math.floor((now - Date.parse(at)) / 86_400_000),
      };
    })
    .sort((a, b) => b.days - a.days);
  const rows = [...byTenant.entries()]
    .map(([tenantId, counts]) => ({ tenantId, tenantName: tenants.get(tenantId) ?? tenantId, counts }))
    .sort((a, b) => a.tenantName.localeCompare(b.tenantName, 'sv'));
  return { phases: [...PHASES], rows, totals, waiting };
}
