/** Procurement requirements for one system of the inventory, by its record (not by name). */
import type { SystemRecord } from '../../core/consortium/model.ts';
import {
  requirementsFor,
  requirementsHtml,
  requirementsMarkdown,
  type RequirementsFor,
  type RequirementsTemplate,
} from '../../core/consortium/requirements.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';

export async function requirementsForSystem(
  store: ConsortiumStore,
  template: RequirementsTemplate,
  system: SystemRecord,
  format: 'html' | 'md',
): Promise<string> {
  const consortium = await store.getConsortium();
  const f: RequirementsFor = {
    system: system.name,
    vendor: system.vendor || null,
    category: system.category,
    consortium: consortium.name,
  };
  const filled = requirementsFor(template, f);
  return format === 'html' ? requirementsHtml(filled, f) : requirementsMarkdown(filled, f);
}
