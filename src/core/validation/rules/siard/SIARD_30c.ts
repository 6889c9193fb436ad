/**
 * SIARD_30c (SHOULD) — "System diagrams visualising the original database SHOULD be named with the
 * prefix “Original_”"
 *
 * Which diagram shows the original database cannot be seen; checked is that database_diagrams/
 * holds one named Original_….
 */
import type { Rule } from '../../rule.ts';
import { diagramWithPrefix } from './diagram-prefix.ts';

export const SIARD_30c: Rule = {
  id: 'SIARD_30c',
  check: (ctx) => diagramWithPrefix(ctx, 'Original_', { en: 'original database', sv: 'originaldatabasen' }),
};
