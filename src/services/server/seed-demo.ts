/**
 * Seeds an empty archive with the consortium of the seed report (SkånEarkiv, Lund as host, the
 * sixteen members), their records creators, the demo delivery projects with their recorded phase
 * history, and one demo account per role. Runs once: a database that has tenants is left alone.
 */
import { createHash } from 'node:crypto';
import type { Role, RoleGrant } from '../../core/access/roles.ts';
import { DEMO_DATA } from '../../core/consortium/demo-data.ts';
import type { ConsortiumData } from '../../core/consortium/model.ts';
import * as consortium from '../../repositories/consortium.ts';
import * as projects from '../../repositories/projects.ts';
import { systemRow } from './consortium-store.ts';
import * as tenants from '../../repositories/tenants.ts';
import { createUser, type AuthContext } from './auth.ts';
import { inTransaction, nowIso } from './context.ts';

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly { readonly tenantId: string; readonly role: Role }[];
}

/** The accounts README.md names; all share the demo password. */
export function demoAccounts(consortiumId: string): DemoAccount[] {
  return [
    {
      username: 'earkivarie',
      displayName: 'Eva E-arkivarie',
      grants: [{ tenantId: consortiumId, role: 'e-arkivarie' }],
    },
    {
      username: 'arkivarie.trelleborg',
      displayName: 'Karin Kommunarkivarie (Trelleborg)',
      grants: [{ tenantId: 'trelleborg', role: 'kommunarkivarie' }],
    },
    {
      username: 'forvaltare.trelleborg',
      displayName: 'Sam Systemförvaltare (Trelleborg)',
      grants: [{ tenantId: 'trelleborg', role: 'systemforvaltare' }],
    },
    {
      username: 'arkivarie.lund',
      displayName: 'Lars Kommunarkivarie (Lund)',
      grants: [{ tenantId: 'lund', role: 'kommunarkivarie' }],
    },
    {
      username: 'registrator.lund',
      displayName: 'Rut Registrator (Lund)',
      grants: [{ tenantId: 'lund', role: 'registrator' }],
    },
    {
      username: 'lasare.ystad',
      displayName: 'Linn Läsare (Ystad)',
      grants: [{ tenantId: 'ystad', role: 'lasare' }],
    },
    {
      username: 'admin',
      displayName: 'Adam Administratör',
      grants: [{ tenantId: consortiumId, role: 'administrator' }],
    },
    {
      username: 'radet',
      displayName: 'Rigmor Samverkansråd',
      grants: [{ tenantId: consortiumId, role: 'samverkansrad' }],
    },
    {
      username: 'ekonomi',
      displayName: 'Erik Ekonom',
      grants: [{ tenantId: consortiumId, role: 'ekonomi' }],
    },
  ];
}

function shiftedDemo(data: ConsortiumData, years: number): ConsortiumData {
  const quarter = (q: string): string => `${Number(q.slice(0, 4)) + years}${q.slice(4)}`;
  return {
    ...data,
    asOf: shiftYears(data.asOf, years),
    systems: data.systems.map((s) => ({
      ...s,
      plannedDecommissioning: s.plannedDecommissioning ? shiftYears(s.plannedDecommissioning, years) : null,
    })),
    projects: data.projects.map((p) => ({
      ...p,
      ...(p.urgentQuarter ? { urgentQuarter: quarter(p.urgentQuarter) } : {}),
      history: p.history.map((h) => ({ ...h, at: shiftYears(h.at, years) })),
    })),
  };
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Stable ids for seeded rows, so that a re-seeded database has the same ids. */
const stableId = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 32);

/** A date moved by whole years (29 February becomes 28 February). */
export function shiftYears(date: string, years: number): string {
  if (years === 0) return date;
  const y = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  return rest.startsWith('-02-29') ? `${y}-02-28${rest.slice(6)}` : `${y}${rest}`;
}

/**
 * Seeds the demo. The projects' phase history and the inventory's decommissioning dates are moved
 * by whole years so that the report's "today" (data.asOf) falls in the current year: the demo's
 * stalled projects and forecasts then read as they did when the report was written. The economy's
 * years (the seed's 2020–2023 tables) are facts of the report and are not moved.
 */
export async function seedDemo(
  ctx: AuthContext,
  password: string,
  input: ConsortiumData = DEMO_DATA,
): Promise<boolean> {
  if ((await tenants.listTenants(ctx.db)).length > 0) return false;
  const now = nowIso(ctx);
  const years = Number(now.slice(0, 4)) - Number(input.asOf.slice(0, 4));
  const data = shiftedDemo(input, years);
  const c = data.consortium;
  await inTransaction(ctx, async (trx) => {
    await tenants.insertTenant(trx, {
      id: c.id,
      kind: 'consortium',
      name: c.name,
      org_number: null,
      parent_id: null,
      is_host: 0,
      created_at: now,
    });
    for (const m of c.municipalities) {
      await tenants.insertTenant(trx, {
        id: m.id,
        kind: 'municipality',
        name: m.name,
        org_number: m.orgNumber,
        parent_id: c.id,
        is_host: m.isHost ? 1 : 0,
        created_at: now,
        population: m.population,
      });
    }
    const creators = new Map<string, string>();
    for (const s of data.systems) {
      const key = `${s.municipalityId}/${s.recordsCreator}`;
      if (creators.has(key)) continue;
      const id = `${s.municipalityId}-${slug(s.recordsCreator)}`;
      creators.set(key, id);
      await tenants.insertRecordsCreator(trx, {
        id,
        tenant_id: s.municipalityId,
        name: s.recordsCreator,
        org_number: null,
      });
    }
    for (const s of data.systems) await consortium.upsertSystem(trx, systemRow(s, now));
    await consortium.insertShareBasis(trx, data.shareBasis.year, { ...data.shareBasis.amountsTkr });
    for (const b of data.budgets) {
      await consortium.upsertBudget(trx, {
        year: b.year,
        total_tkr: b.totalTkr,
        uplift_basis_points: b.upliftBasisPoints ?? null,
      });
    }
    for (const o of data.outcomes) {
      for (const line of o.lines) {
        await consortium.upsertOutcome(trx, {
          year: o.year,
          cost_group: line.group,
          budget_tkr: line.budgetTkr,
          outcome_tkr: line.outcomeTkr,
          entered_by: null,
          entered_at: now,
        });
      }
    }
    const systems = new Map(data.systems.map((s) => [s.id, s]));
    for (const p of data.projects) {
      const system = systems.get(p.systemId);
      const municipality = c.municipalities.find((m) => m.id === p.municipalityId);
      const id = stableId('project', p.id);
      const last = p.history.at(-1);
      const first = p.history[0];
      await projects.insertProject(trx, {
        id,
        tenant_id: p.municipalityId,
        records_creator_id: system
          ? (creators.get(`${system.municipalityId}/${system.recordsCreator}`) ?? null)
          : null,
        system_name: system?.name ?? p.systemId,
        system_id: p.systemId,
        urgent_quarter: p.urgentQuarter ?? null,
        open_checkpoints: p.openCheckpoints.length > 0 ? JSON.stringify(p.openCheckpoints) : null,
        system_type: system?.category ?? null,
        title: `${system?.name ?? p.systemId} – ${municipality?.name ?? p.municipalityId}`,
        agreement_ref: `LÖK ${p.id}`,
        delivery_type: p.kind === 'urgent' ? 'brådskande' : 'ordinarie',
        phase: last?.phase ?? 'planned',
        stop_reason: last?.phase === 'stopped' ? (last.reason ?? null) : null,
        waiting_for: last?.waitingFor ?? null,
        waiting_for_name: last?.waitingForName ?? null,
        is_pilot: p.kind === 'pilot' ? 1 : 0,
        is_test: 0,
        created_at: `${first?.at ?? data.asOf}T08:00:00.000Z`,
        updated_at: `${last?.at ?? data.asOf}T08:00:00.000Z`,
      });
      let from: string | null = null;
      for (const h of p.history) {
        await projects.insertPhaseChange(trx, {
          project_id: id,
          from_phase: from,
          to_phase: h.phase,
          reason: h.reason ?? h.note ?? null,
          waiting_for: h.waitingFor ?? null,
          waiting_for_name: h.waitingForName ?? null,
          changed_by: null,
          changed_at: `${h.at}T08:00:00.000Z`,
        });
        from = h.phase;
      }
    }
  });
  for (const account of demoAccounts(c.id)) {
    await createUser(ctx, null, { ...account, password, grants: account.grants as RoleGrant[] });
  }
  return true;
}
