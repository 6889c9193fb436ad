/**
 * SIARD_30d (SHOULD) — "System diagrams visualising the archived database SHOULD be named with the
 * prefix “Archived_”"
 *
 * Which diagram shows the archived database cannot be seen; checked is that database_diagrams/
 * holds one named Archived_….
 */
import type { Rule } from '../../rule.ts';
import { diagramWithPrefix } from './diagram-prefix.ts';

export const SIARD_30d: Rule = {
  id: 'SIARD_30d',
  check: (ctx) =>
    diagramWithPrefix(ctx, 'Archived_', { en: 'archived database', sv: 'den arkiverade databasen' }),
};
