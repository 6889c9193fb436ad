/** `samarkiv inventory requirements --system <name>`: the archive requirements to put in a tender. */
import { writeFile } from 'node:fs/promises';
import { loadRequirementsTemplate } from '../../adapters/consortium/requirements-template-file.ts';
import type { SystemCategory } from '../../core/consortium/model.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { procurementRequirements } from '../../services/consortium/requirements.ts';
import { checkFormat, defaultStore } from './consortium-common.ts';

export interface InventoryRequirementsOptions {
  readonly system: string;
  readonly format: string;
  readonly category?: string;
  readonly template?: string;
  readonly out?: string;
}

const CATEGORIES = [
  'case-management',
  'social-care',
  'hr-payroll',
  'finance',
  'environment-building',
  'school',
  'other',
] as const;

export async function inventoryRequirementsCommand(
  opts: InventoryRequirementsOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['html', 'md']);
  const category = opts.category ? (checkFormat(opts.category, CATEGORIES) as SystemCategory) : undefined;
  const template = await loadRequirementsTemplate(opts.template);
  const out = await procurementRequirements(store, template, opts.system, format, category);
  if (opts.out) await writeFile(opts.out, out);
  else process.stdout.write(out);
  return 0;
}
