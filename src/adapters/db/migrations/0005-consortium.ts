/**
 * The consortium's own data (issue 5): the system inventory with what municipalities report about
 * it, the cost-share basis, budgets and outcomes, and the versioned delivery plan. Delivery
 * projects learn which inventoried system they deliver and, for urgent ones, the quarter they use.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const consortiumMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('systems')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('vendor', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('information_types', 'text', (c) => c.notNull())
      .addColumn('records_creator', 'text', (c) => c.notNull())
      .addColumn('retention', 'text', (c) => c.notNull())
      .addColumn('volume_gb', 'real', (c) => c.notNull())
      .addColumn('export_state', 'text', (c) => c.notNull())
      .addColumn('export_formats', 'text', (c) => c.notNull())
      .addColumn('licence_cost_sek', 'bigint', (c) => c.notNull())
      .addColumn('read_licence_cost_sek', 'bigint', (c) => c.notNull())
      .addColumn('planned_decommissioning', 'text')
      .addColumn('business_benefit', 'integer', (c) => c.notNull())
      .addColumn('legal_risk', 'integer', (c) => c.notNull())
      .addColumn('effort_person_days', 'integer', (c) => c.notNull())
      .addColumn('pilot', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('systems_tenant').on('systems').column('tenant_id').execute();
    await db.schema
      .createTable('inventory_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('system_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('system_name', 'text', (c) => c.notNull())
      .addColumn('effective_date', 'text')
      .addColumn('note', 'text')
      .addColumn('reported_by', 'text')
      .addColumn('reported_at', 'text', (c) => c.notNull())
      .addColumn('seen_by', 'text')
      .addColumn('seen_at', 'text')
      .execute();
    await db.schema
      .createTable('share_basis')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('amount_tkr', 'integer', (c) => c.notNull())
      // The agreement table's order: it breaks rounding ties, so it is data, not presentation.
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('share_basis_pk', ['year', 'tenant_id'])
      .execute();
    await db.schema
      .createTable('budgets')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('total_tkr', 'integer', (c) => c.notNull())
      .addColumn('uplift_basis_points', 'integer')
      .execute();
    await db.schema
      .createTable('budget_outcomes')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('cost_group', 'text', (c) => c.notNull())
      .addColumn('budget_tkr', 'integer', (c) => c.notNull())
      .addColumn('outcome_tkr', 'integer', (c) => c.notNull())
      .addColumn('entered_by', 'text')
      .addColumn('entered_at', 'text')
      .addPrimaryKeyConstraint('budget_outcomes_pk', ['year', 'cost_group'])
      .execute();
    await db.schema
      .createTable('plan_versions')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('approved_on', 'text')
      .addColumn('approved_by', 'text')
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull())
      .execute();
    // Inhabitants: the agreement's printed andel column is the population share (docs/consortium.md).
    await db.schema.alterTable('tenants').addColumn('population', 'integer').execute();
    await db.schema.alterTable('delivery_projects').addColumn('system_id', 'text').execute();
    await db.schema.alterTable('delivery_projects').addColumn('urgent_quarter', 'text').execute();
    // Checkpoints a project had open before it came into samarkiv (seeded history); projects with a
    // submission take theirs from its checkpoints.
    await db.schema.alterTable('delivery_projects').addColumn('open_checkpoints', 'text').execute();
    // Whom a project waits for by name ("Visma"), beside the kind of party (vendor, producer, archive).
    await db.schema.alterTable('delivery_projects').addColumn('waiting_for_name', 'text').execute();
    await db.schema.alterTable('phase_changes').addColumn('waiting_for_name', 'text').execute();
  },
};
