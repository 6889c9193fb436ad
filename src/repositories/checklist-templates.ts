/** Versions of the consortium's checklist template (kontrollpunktsmall); the newest one is current. */
import type { Insertable, Selectable } from 'kysely';
import type { ChecklistTemplateTable, Db } from '../adapters/db/schema.ts';

export type ChecklistTemplateRow = Selectable<ChecklistTemplateTable>;

export function currentTemplate(db: Db): Promise<ChecklistTemplateRow | undefined> {
  return db
    .selectFrom('checklist_templates')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function getTemplate(db: Db, id: string): Promise<ChecklistTemplateRow | undefined> {
  return db.selectFrom('checklist_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTemplateVersions(db: Db): Promise<Omit<ChecklistTemplateRow, 'items'>[]> {
  return db
    .selectFrom('checklist_templates')
    .select(['id', 'name', 'version', 'updated_at', 'updated_by'])
    .orderBy('version', 'desc')
    .execute();
}

export async function insertTemplate(db: Db, row: Insertable<ChecklistTemplateTable>): Promise<void> {
  await db.insertInto('checklist_templates').values(row).execute();
}
