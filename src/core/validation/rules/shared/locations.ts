/** Where a finding points: the file, an XPath built one step at a time, and the element's line. */
import type { MetsElement } from '../../../package/mets-model.ts';
import type { Location } from '../../rule.ts';

/**
 * A finding's location in a METS document (or any file): `where` is the document or its path, `el`
 * the element (or just its line) when known.
 */
export function at(
  where: { readonly path: string } | string,
  xpath: string,
  el?: Pick<MetsElement, 'line'> | number,
): Location {
  const file = typeof where === 'string' ? where : where.path;
  const line = typeof el === 'number' ? el : el?.line;
  return line === undefined ? { file, xpath } : { file, xpath, line };
}

/**
 * One XPath step: `name[@ID='x']` when the element has a usable ID, else its 1-based position among
 * its siblings. With `count` given, a position is left out when the element is the only one.
 */
export function step(name: string, el: MetsElement, index: number, count?: number): string {
  const id = el.attrs['ID'];
  if (id && !id.includes("'")) return `${name}[@ID='${id}']`;
  return count === 1 ? name : `${name}[${index + 1}]`;
}
