/** Reads the consortium's procurement-requirements template (YAML) from data/templates/. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { archiveError } from '../../core/errors.ts';
import { parseRequirementsTemplate, type RequirementsTemplate } from '../../core/consortium/requirements.ts';

export const DEFAULT_REQUIREMENTS_TEMPLATE = fileURLToPath(
  new URL('../../../data/templates/procurement-requirements.yaml', import.meta.url),
);

export async function loadRequirementsTemplate(
  path = DEFAULT_REQUIREMENTS_TEMPLATE,
): Promise<RequirementsTemplate> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw archiveError('ARC_ERR_TEMPLATE_INVALID', path, e instanceof Error ? e.message : String(e));
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    throw archiveError('ARC_ERR_TEMPLATE_INVALID', path, e instanceof Error ? e.message : String(e));
  }
  return parseRequirementsTemplate(value, path);
}
