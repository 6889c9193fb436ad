/** Procurement requirements for a system named in the inventory (or a new one of a given category). */
import type { SystemCategory } from '../../core/consortium/model.ts';
import {
  requirementsFor,
  requirementsHtml,
  requirementsMarkdown,
  type RequirementsFor,
  type RequirementsTemplate,
} from '../../core/consortium/requirements.ts';
import { archiveError } from '../../core/errors.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';

export async function procurementRequirements(
  store: ConsortiumStore,
  template: RequirementsTemplate,
  systemName: string,
  format: 'html' | 'md',
  category?: SystemCategory,
): Promise<string> {
  const [systems, consortium] = await Promise.all([store.getSystems(), store.getConsortium()]);
  const known = systems.find((s) => s.name.toLowerCase() === systemName.toLowerCase());
  if (!known && !category) throw archiveError('ARC_ERR_INVENTORY_SYSTEM_UNKNOWN', systemName);
  const f: RequirementsFor = {
    system: known?.name ?? systemName,
    vendor: known?.vendor ?? null,
    category: category ?? (known?.category as SystemCategory),
    consortium: consortium.name,
  };
  const filled = requirementsFor(template, f);
  return format === 'html' ? requirementsHtml(filled, f) : requirementsMarkdown(filled, f);
}
